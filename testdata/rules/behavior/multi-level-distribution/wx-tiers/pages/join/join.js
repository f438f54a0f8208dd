const { pay } = require('../../utils/pay')

Page({
  payJoin() { pay('leader', 199) },
  payPartner() { pay('partner', 699) },
  becomeAgent() {
    this.confirmThenPay('agent')
  },
  confirmThenPay(kind) {
    pay(kind, this.data.price)
  }
})
