const http = require('../../utils/http')

Page({
  onLoad() {
    http.get('http://api.xianguo.example.com/deals').then((d) => this.setData({ d }))
  }
})
