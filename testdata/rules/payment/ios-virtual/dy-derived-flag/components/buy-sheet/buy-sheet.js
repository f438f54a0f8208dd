Component({
  properties: { planId: String, title: String },
  data: { visible: false },
  methods: {
    open() { this.setData({ visible: true }) },
    onConfirm() {
      tt.request({
        url: 'https://api.tiku.example.com/order/create',
        method: 'POST',
        data: { planId: this.data.planId },
        success: (res) => {
          tt.pay({
            orderInfo: res.data.orderInfo,
            service: 5,
            success: () => this.triggerEvent('paid')
          })
        }
      })
    }
  }
})
