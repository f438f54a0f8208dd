Page({
  data: { debug: false },
  toggleDebug(e) {
    this.setData({ debug: e.detail.value })
    wx.setEnableDebug({ enableDebug: e.detail.value })
  },
  about() {
    wx.navigateTo({ url: '/pages/settings/settings' })
  }
})
