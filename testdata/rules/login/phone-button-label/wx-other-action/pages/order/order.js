Page({
  data: { amount: '0.00', hasPhone: false },
  onPhoneThenPay(e) {
    if (!e.detail.code) return
    wx.request({
      url: 'https://api.yuedong.example/user/phone',
      method: 'POST',
      data: { code: e.detail.code },
      success: () => this.pay()
    })
  },
  pay() {
    wx.request({ url: 'https://api.yuedong.example/order/pay', method: 'POST' })
  }
})
