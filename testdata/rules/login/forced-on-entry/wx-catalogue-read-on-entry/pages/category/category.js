const http = require('../../utils/http')

Page({
  data: { tree: [], goods: [] },
  onShow() {
    http.get('/shop/category/tree', {}, (body) => this.setData({ tree: body.data }))
  },
  pick(e) {
    http.get('/shop/goods/list', { cid: e.currentTarget.dataset.id }, (body) => this.setData({ goods: body.data }))
  }
})
