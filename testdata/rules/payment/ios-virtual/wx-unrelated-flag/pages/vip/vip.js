const { pay } = require('../../utils/pay')

Page({
  // the buy button shows while the shop is open
  data: { saleOff: !getApp().globalData.onSale, months: 1 },
  onOpen() {
    pay('vip', 18 * this.data.months).then(() => wx.showToast({ title: '开通成功' }))
  }
})
