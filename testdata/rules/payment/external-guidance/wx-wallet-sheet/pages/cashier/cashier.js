Page({
  data: { amount: '36.00' },
  onPaid() {
    wx.navigateTo({ url: '/pages/cashier/cashier?done=1' })
  }
})
