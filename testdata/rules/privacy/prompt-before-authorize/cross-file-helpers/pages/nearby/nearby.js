const location = require('../../utils/location')

Page({
  data: { spots: [] },
  onLoad() {
    this.refresh()
  },
  refresh() {
    location.currentSpot().then((spot) => this.setData({ spot }))
  },
  onLocateTap() {
    location.currentSpot().then((spot) => this.setData({ spot }))
  }
})
