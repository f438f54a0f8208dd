Page({
  openCard() {
    wx.navigateTo({ url: '/pages/club-card/club-card' })
  }
})
