Page({ data: { question: {} } })
