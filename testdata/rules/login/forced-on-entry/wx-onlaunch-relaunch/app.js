App({
  globalData: { token: '' },
  onLaunch() {
    // 🍉 启动时检查登录态
    const token = wx.getStorageSync('token')
    if (!token) {
      wx.reLaunch({ url: '/pages/login/login' })
      return
    }
    this.globalData.token = token
  }
})
