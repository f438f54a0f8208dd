Page({
  onLoad() {
    wx.login({ success: (res) => wx.request({ url: 'https://api.xianguo.example.com/login', method: 'POST', data: { code: res.code } }) })
  }
})
