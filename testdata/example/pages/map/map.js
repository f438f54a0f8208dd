Page({
  data: { lat: 0, lng: 0, markers: [] },
  onLoad() {
    this.locate()
  },
  locate() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => {
        this.setData({ lat: res.latitude, lng: res.longitude })
      },
      fail: () => {
        wx.showToast({ title: '定位失败', icon: 'none' })
      }
    })
  }
})
