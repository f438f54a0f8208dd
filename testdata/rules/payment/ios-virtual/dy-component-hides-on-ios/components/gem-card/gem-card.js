const pay = require('../../utils/pay')

Component({
  properties: {
    price: { type: Number, value: 6 }
  },
  data: {
    isIOS: tt.getSystemInfoSync().platform === 'ios'
  },
  methods: {
    onBuy() {
      pay.startPay(tt.getStorageSync('uid'), 'gems_' + this.data.price)
    }
  }
})
