Page({ data: { name: '' } })
