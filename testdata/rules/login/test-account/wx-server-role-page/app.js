App({
  globalData: { profile: null },
  onLaunch() {
    wx.login({
      success: ({ code }) => {
        wx.request({
          url: 'https://api.linli.example.com/session',
          method: 'POST',
          data: { code },
          success: (res) => {
            wx.setStorageSync('token', res.data.token)
            this.globalData.profile = res.data.profile
          }
        })
      }
    })
  }
})
