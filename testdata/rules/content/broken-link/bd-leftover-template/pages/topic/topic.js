Page({
  data: { topics: [] },
  openTopic() {
    wx.navigateTo({ url: '../answer/answer' })
  }
})
