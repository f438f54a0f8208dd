const http = require('../../utils/http')

Page({
  data: { profile: {}, orderCounts: {} },
  onShow() {
    http.get('/shop/member/profile', {}, (body) => this.setData({ profile: body.data }))
    this.countOrders()
  },
  countOrders() {
    http.get('/shop/order/statusCount', {}, (body) => this.setData({ orderCounts: body.data }))
  }
})
