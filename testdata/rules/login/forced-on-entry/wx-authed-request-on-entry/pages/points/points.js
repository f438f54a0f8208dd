const trips = require('../../api/trips')

Page({
  data: { points: 0 },
  onShow() {
    this.loadPoints()
  },
  loadPoints() {
    trips.myPoints().then((points) => this.setData({ points }))
  }
})
