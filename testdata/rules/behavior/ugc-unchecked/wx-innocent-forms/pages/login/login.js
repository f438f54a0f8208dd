Page({
  onLogin(e) {
    wx.request({ url: 'https://api.example.com/login', method: 'POST', data: e.detail.value })
  }
})
