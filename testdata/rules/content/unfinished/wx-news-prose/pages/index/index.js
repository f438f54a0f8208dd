Page({
  data: {},
  openNews() {
    wx.navigateTo({ url: '/pages/news/news' })
  }
})
