const { locateAndSave } = require('../../utils/locate.js')

Page({
  onLoad() {
    locateAndSave((pos) => this.setData({ city: pos.city }))
  }
})
