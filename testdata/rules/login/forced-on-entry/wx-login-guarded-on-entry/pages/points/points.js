const trips = require('../../api/trips')

Page({
  data: { points: 0 },
  onShow() {
    const token = wx.getStorageSync('token')
    if (!token) return
    trips.myPoints().then((points) => this.setData({ points }))
  }
})
