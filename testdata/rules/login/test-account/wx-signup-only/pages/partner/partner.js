Page({ onApply() {} })
