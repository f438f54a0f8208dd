// The app's one payment panel: the page says what is bought and for how much.
Component({
  properties: {
    goodsId: String,
    amount: Number
  },
  methods: {
    onPay() {
      wx.request({
        url: 'https://api.yuedu.example.com/pay/prepare',
        method: 'POST',
        data: { goodsId: this.data.goodsId, amount: this.data.amount },
        success: (res) => wx.requestPayment({ ...res.data, success: () => this.triggerEvent('paid') })
      })
    }
  }
})
