const spot = require('../../utils/spot.js')
const app = getApp()

Page({
  data: { list: [] },
  onLoad() {
    spot.ensureSpot(app).then((here) => this.loadNearby(here))
  },
  loadNearby(here) {
    wx.request({
      url: 'https://api.example-gym.com/shops/nearby',
      data: { lat: here.latitude, lng: here.longitude },
      success: (res) => this.setData({ list: res.data.list })
    })
  }
})
