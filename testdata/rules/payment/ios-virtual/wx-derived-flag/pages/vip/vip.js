const { pay } = require('../../utils/pay')

Page({
  // the buy button is hidden on Apple phones
  data: { hideBuy: getApp().globalData.onApple, months: 1 },
  onOpen() {
    pay('vip', 18 * this.data.months).then(() => wx.showToast({ title: '开通成功' }))
  }
})
