Page({
  submitFeedback(e) {
    wx.request({ url: 'https://api.example.com/feedback', method: 'POST', data: e.detail.value })
  }
})
