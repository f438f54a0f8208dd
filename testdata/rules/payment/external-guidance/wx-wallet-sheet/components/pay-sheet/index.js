// The sheet offers two ways to pay; the second shows the shop's own code.
Component({
  properties: { amount: String },
  data: { way: 'wechat' },
  methods: {
    choose(e) { this.setData({ way: e.currentTarget.dataset.way }) },
    pay() {
      wx.requestPayment({ timeStamp: '', nonceStr: '', package: '', signType: 'RSA', paySign: '', success: () => this.triggerEvent('paid') })
    }
  }
})
