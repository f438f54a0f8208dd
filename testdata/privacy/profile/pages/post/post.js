Page({
  publish(e) {
    wx.request({ url: 'https://api.example.com/posts', method: 'POST', data: e.detail.value })
  }
})
