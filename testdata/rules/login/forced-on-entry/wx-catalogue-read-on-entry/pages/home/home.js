const http = require('../../utils/http')

Page({
  data: { floors: [], keyword: '' },
  onLoad() {
    http.get('/shop/floor/getHomeFloorList', { channel: 'weapp' }, (body) => {
      this.setData({ floors: body.data })
    })
    this.loadHint()
  },
  loadHint() {
    http.get('/shop/search/hotWords', {}, (body) => {
      this.setData({ keyword: body.data[0] || '' })
    })
  }
})
