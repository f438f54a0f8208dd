Page({ data: { deals: [] }, open() {} })
