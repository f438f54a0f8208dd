App({
  onLaunch() {
    wx.cloud.init({ env: "prod-3g7a" })
  }
})
