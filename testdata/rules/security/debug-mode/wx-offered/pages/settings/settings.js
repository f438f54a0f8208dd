Page({
  data: { debug: false },
  toggleDebug(e) {
    this.setData({ debug: e.detail.value })
    wx.setEnableDebug({ enableDebug: e.detail.value })
  },
  onLogCheck(e) {
    const on = !!e.currentTarget.dataset.on
    if (wx.setEnableDebug) {
      wx.setEnableDebug({ enableDebug: on })
    }
  },
  about() {
    wx.navigateTo({ url: '/pages/settings/settings' })
  }
})
