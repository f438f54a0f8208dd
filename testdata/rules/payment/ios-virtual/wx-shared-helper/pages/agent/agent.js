const payment = require('../../utils/pay.js')

Page({
  data: { fee: 199 },
  onJoin() {
    payment.pay('agent', this.data.fee).then(() => {
      wx.showToast({ title: '已成为分销商' })
    })
  }
})
