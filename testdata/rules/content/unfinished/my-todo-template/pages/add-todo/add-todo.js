Page({ onBlur() {} })
