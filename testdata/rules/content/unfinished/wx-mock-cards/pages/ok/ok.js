Page({ data: { deals: [], orders: [] }, open() {} })
