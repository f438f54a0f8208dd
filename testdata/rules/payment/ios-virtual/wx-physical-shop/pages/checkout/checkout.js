Page({
  data: { isMember: true, memberPrice: 39.9 },
  onPay() {
    wx.showToast({ title: '会员价已生效', icon: 'none' })
    wx.request({
      url: 'https://api.xianguo.example.com/order/create',
      data: { price: this.data.memberPrice, remark: '会员充值余额抵扣' },
      success: (res) => wx.requestPayment({ ...res.data.payParams })
    })
  }
})
