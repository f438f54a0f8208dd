// The site's message wall: what a worker leaves here every worker reads.
// Leaving a message is no leave request.
Page({
  data: { words: '' },
  onWords(e) { this.setData({ words: e.detail.value }) },
  leaveMessage() {
    wx.request({ url: 'https://api.example.com/wall/leaveMessage', method: 'POST', data: { words: this.data.words } })
  }
})
