Page({
  data: { content: '' },
  onInput(e) {
    this.setData({ content: e.detail.value })
  },
  onPublish() {
    wx.request({ url: 'https://api.example.com/posts', method: 'POST', data: { content: this.data.content } })
  }
})
