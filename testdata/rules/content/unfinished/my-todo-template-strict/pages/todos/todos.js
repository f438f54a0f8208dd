Page({ data: { todos: [] } })
