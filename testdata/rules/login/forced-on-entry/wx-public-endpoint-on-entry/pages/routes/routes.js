const trips = require('../../api/trips')

Page({
  data: { city: 'hangzhou', routes: [] },
  onShow() {
    trips.listRoutes(this.data.city).then((routes) => this.setData({ routes }))
  }
})
