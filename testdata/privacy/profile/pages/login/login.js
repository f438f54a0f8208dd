Page({
  onPhone(e) {
    if (e.detail.code) {
      wx.request({ url: 'https://api.example.com/login', method: 'POST', data: { code: e.detail.code } })
    }
  }
})
