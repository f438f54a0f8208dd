Page({
  onPay() {
    tt.pay({ orderInfo: {}, service: 5 })
  }
})
