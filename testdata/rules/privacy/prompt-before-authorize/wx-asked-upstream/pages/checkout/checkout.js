Page({
  data: { address: null },
  onLoad() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => this.setData({ address: { lat: res.latitude, lng: res.longitude } }),
      fail: () => this.setData({ address: null })
    })
  }
})
