// The app's one payment panel; digital goods cannot be paid for on iOS.
Component({
  properties: {
    goodsId: String,
    amount: Number
  },
  methods: {
    onPay() {
      if (wx.getSystemInfoSync().platform === 'ios') {
        wx.showToast({ title: '由于相关规范，iOS 功能暂不可用', icon: 'none' })
        return
      }
      wx.request({
        url: 'https://api.yuedu.example.com/pay/prepare',
        method: 'POST',
        data: { goodsId: this.data.goodsId, amount: this.data.amount },
        success: (res) => wx.requestPayment({ ...res.data, success: () => this.triggerEvent('paid') })
      })
    }
  }
})
