// 只是提到 getLocation 这个名字，不算调用
Page({ data: { api: 'getFuzzyLocation' } })
