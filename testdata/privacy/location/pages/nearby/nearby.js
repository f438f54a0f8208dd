Page({
  data: { city: '' },
  onLoad() {
    wx.getFuzzyLocation({
      type: 'wgs84',
      success: (res) => this.setData({ city: res.latitude }),
      fail: () => this.setData({ city: '北京' })
    })
  }
})
