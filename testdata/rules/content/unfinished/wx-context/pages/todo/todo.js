Page({ onAdd() {} })
