Page({
  data: { city: '' },
  onLoad() {
    wx.getLocation({
      type: 'wgs84',
      success: (res) => this.loadCoupons(res.latitude, res.longitude)
    })
  },
  loadCoupons(lat, lng) {
    wx.request({ url: 'https://api.mizhi.example.com/coupons', data: { lat, lng } })
  }
})
