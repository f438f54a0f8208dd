Page({ data: { openId: '', sessionKey: '' }, load() {} })
