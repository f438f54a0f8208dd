Page({ onLogin() {} })
