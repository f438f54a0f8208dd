Component({ properties: { name: String } })
