Page({
  data: { items: [] },
  checkout() {
    wx.showModal({ title: '结算', content: '请到摊位付款', showCancel: false })
  }
})
