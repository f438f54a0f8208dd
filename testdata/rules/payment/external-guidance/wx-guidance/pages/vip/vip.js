Page({
  onLoad() {
    wx.showModal({ title: '提示', content: '请关注公众号充值后再来' })
  }
})
