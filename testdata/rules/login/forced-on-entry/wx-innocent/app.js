App({
  onLaunch() {
    // 静默登录：拿 code 换 token，不打扰用户
    wx.login({
      success: (res) => {
        wx.request({ url: 'https://api.xianguo.example.com/auth/silent', method: 'POST', data: { code: res.code } })
      }
    })
  }
})
