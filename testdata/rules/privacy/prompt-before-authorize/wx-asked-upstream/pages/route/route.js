const geo = require('../../utils/geo')

Page({
  data: { from: null },
  onLoad() {
    geo.here().then((from) => this.setData({ from })).catch(() => {})
  }
})
