Page({
  onLogin() {
    wx.getUserProfile({
      desc: '用于完善会员资料',
      success: (res) => {
        wx.request({
          url: 'https://api.xianguo.example.com/auth/profile',
          method: 'POST',
          data: res.userInfo,
          success: (r) => wx.setStorageSync('token', r.data.token)
        })
      }
    })
  }
})
