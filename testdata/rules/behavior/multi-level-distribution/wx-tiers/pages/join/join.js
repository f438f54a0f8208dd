Page({
  payJoin() { this.pay(199) },
  payPartner() { this.pay(699) },
  pay(amount) {
    wx.request({ url: 'https://api.example.com/pay', data: { amount } })
  }
})
