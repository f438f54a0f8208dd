Page({
  data: { city: '' },
  onLoad() {
    this.locate()
  },
  locate() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => this.showCity(res.latitude, res.longitude),
      fail: function (err) {
        console.log('定位失败', err)
      }
    })
  },
  pickPlace() {
    wx.chooseLocation({
      success: (res) => this.showCity(res.latitude, res.longitude)
    })
  },
  showCity(lat, lng) {
    wx.request({
      url: 'https://home.example.com/api/city',
      data: { lat, lng },
      success: (res) => this.setData({ city: res.data.name })
    })
  }
})
