Page({
  data: { orders: [] },
  open(e) {
    wx.navigateTo({ url: '/pages/orders/orders?id=' + e.currentTarget.dataset.id })
  }
})
