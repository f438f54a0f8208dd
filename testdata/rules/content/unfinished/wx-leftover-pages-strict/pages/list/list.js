Page({ data: { flowers: [] } })
