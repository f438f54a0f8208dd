const { locate } = require('../../utils/locate.js')

Page({
  data: { stores: [] },
  onLoad() {
    locate((pos) => this.setData({ lat: pos.latitude, lng: pos.longitude }))
  }
})
