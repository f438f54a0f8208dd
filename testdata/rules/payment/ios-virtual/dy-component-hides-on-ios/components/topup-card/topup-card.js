const pay = require('../../utils/pay')

Component({
  properties: {
    show: { type: Boolean, value: false },
    balance: { type: Number, value: 0 }
  },
  data: {
    current: 0,
    paying: false,
    plans: [
      { id: 0, price: 6, amount: 60, sku: 'beans_60' },
      { id: 1, price: 18, amount: 200, sku: 'beans_200' }
    ]
  },
  methods: {
    pick(e) {
      this.setData({ current: e.currentTarget.dataset.index })
    },
    onBuy() {
      const plan = this.data.plans[this.data.current]
      this.setData({ paying: true })
      pay.startPay(tt.getStorageSync('uid'), plan.sku).then(() => {
        this.setData({ paying: false })
        this.triggerEvent('paid', { plan })
      }).catch(() => this.setData({ paying: false }))
    }
  }
})
