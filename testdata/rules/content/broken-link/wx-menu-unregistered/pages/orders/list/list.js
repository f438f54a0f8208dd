Page({ data: { orders: [] } })
