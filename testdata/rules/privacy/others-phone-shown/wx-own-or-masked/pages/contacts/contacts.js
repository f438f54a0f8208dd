Page({ data: { travellers: [] } })
