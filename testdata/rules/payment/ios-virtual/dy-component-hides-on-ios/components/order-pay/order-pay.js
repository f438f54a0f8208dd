const pay = require('../../utils/pay')

Component({
  properties: {
    total: { type: Number, value: 0 },
    orderId: { type: String, value: '' }
  },
  methods: {
    onPay() {
      pay.startPay(tt.getStorageSync('uid'), this.data.orderId)
    }
  }
})
