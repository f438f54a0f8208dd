Page({
  submit(e) {
    wx.request({ url: 'https://api.example.com/verify', method: 'POST', data: e.detail.value })
  }
})
