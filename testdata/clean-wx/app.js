App({
  globalData: { userInfo: null },
  onLaunch() {
    const token = wx.getStorageSync('token')
    this.globalData.loggedIn = !!token
    // 隐私协议：在调用隐私接口前，由页面弹出协议让用户同意
    wx.onNeedPrivacyAuthorization((resolve) => {
      this.globalData.privacyResolve = resolve
    })
  }
})
