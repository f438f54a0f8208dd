Page({ onLoad() { const done = wx.getStorageSync('onboarded'); wx.redirectTo({ url: done ? '/pages/index/index' : '/pages/list/list' }) } })
