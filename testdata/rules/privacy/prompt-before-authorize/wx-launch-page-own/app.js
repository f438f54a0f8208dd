App({
  globalData: { city: null },
  onLaunch() {
    this.locateCity()
  },
  locateCity() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => {
        this.globalData.city = { lat: res.latitude, lng: res.longitude }
      },
      fail: () => {
        this.globalData.city = { lat: 31.23, lng: 121.47 }
      }
    })
  }
})
