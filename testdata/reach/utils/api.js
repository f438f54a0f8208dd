module.exports = {
  list() {
    wx.request({ url: 'http://tea.example.com/api/list' })
  }
}
