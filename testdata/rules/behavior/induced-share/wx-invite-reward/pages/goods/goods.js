Page({
  onShareTap() {
    wx.showShareMenu({ withShareTicket: false })
  },
  buy() {
    wx.navigateTo({ url: '/pages/orders/orders' })
  },
  onShareAppMessage() {
    return { title: '晨露玫瑰', path: '/pages/goods/goods' }
  }
})
