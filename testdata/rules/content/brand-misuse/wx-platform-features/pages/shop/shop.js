Page({ onBind() {} })
