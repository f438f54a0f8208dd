Page({ open() {} })
