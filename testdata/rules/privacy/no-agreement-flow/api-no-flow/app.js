App({
  onLaunch() {
    wx.login({ success: (res) => this.globalData.code = res.code })
  },
  globalData: {}
})
