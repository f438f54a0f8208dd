const { locate } = require('../../utils/locate.js')

Page({
  data: { loc: null },
  onLoad() {
    locate(getApp()).then((loc) => this.setData({ loc }))
  }
})
