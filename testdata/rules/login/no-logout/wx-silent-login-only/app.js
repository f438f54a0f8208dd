App({
  onLaunch() {
    wx.login({
      success: (res) => {
        wx.request({
          url: 'https://api.xianguo.example.com/auth/silent',
          data: { code: res.code },
          success: (r) => wx.setStorageSync('token', r.data.token)
        })
      }
    })
  }
})
