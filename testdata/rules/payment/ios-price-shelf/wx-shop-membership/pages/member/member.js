Page({ onOpen() {} })
