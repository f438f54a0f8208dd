Page({
  data: { here: null, classes: [] },
  onShow() {
    this.refreshDistance()
  },
  // 每次回到约课页都重新算一遍到门店的距离
  refreshDistance() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => {
        this.setData({ here: res })
        this.loadClasses(res)
      },
      fail: () => this.loadClasses(getApp().globalData.city)
    })
  },
  loadClasses(at) {
    wx.request({
      url: 'https://api.example-fitness.com/classes',
      data: { lat: at.latitude || at.lat, lng: at.longitude || at.lng },
      success: (res) => this.setData({ classes: res.data.list })
    })
  }
})
