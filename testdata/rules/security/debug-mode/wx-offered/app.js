App({
  onLaunch() {
    wx.setEnableDebug({ enableDebug: true })
  }
})
