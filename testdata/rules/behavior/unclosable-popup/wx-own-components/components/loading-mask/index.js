Component({ properties: { show: Boolean } })
