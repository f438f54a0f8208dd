// The first version of the client, which no page loads any more.
module.exports = {
  list() {
    wx.request({ url: 'http://tea.example.com/v0/list' })
  }
}
