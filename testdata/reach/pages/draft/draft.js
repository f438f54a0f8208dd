Page({
  data: { tip: '全网最低价，只此一家' },
  onLoad() {
    wx.request({ url: 'http://tea.example.com/draft' })
  }
})
