const http = require('../../utils/http')

Page({
  data: { lines: [] },
  onShow() {
    http.get('/shop/cart/lines', {}, (body) => this.setData({ lines: body.data }))
  }
})
