Page({ data: { name: 'hello' } })
