const { pay } = require('../../utils/pay')

Page({
  data: { total: 0 },
  onCheckout() {
    // tea and teaware, shipped to the buyer
    pay('goods', this.data.total)
  }
})
