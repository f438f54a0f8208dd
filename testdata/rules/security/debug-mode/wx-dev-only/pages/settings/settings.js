Page({
  closeDebug() {
    wx.setEnableDebug({ enableDebug: false })
    wx.clearStorageSync()
  }
})
