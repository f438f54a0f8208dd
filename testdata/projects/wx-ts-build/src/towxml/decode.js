Component({ properties: { nodes: Object } })
