App({
  globalData: { userInfo: null },
  onLaunch() {
    const token = wx.getStorageSync('token')
    this.globalData.loggedIn = !!token
  }
})
