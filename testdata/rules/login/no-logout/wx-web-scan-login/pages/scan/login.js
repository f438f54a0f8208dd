Page({ onConfirm() {} })
