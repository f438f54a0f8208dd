Page({
  data: { markers: [] },
  onLoad() {
    this.initMap()
    // 延迟半秒再弹，仍然是进入页面就弹
    setTimeout(() => {
      wx.chooseImage({ count: 1, sourceType: ['camera'] })
    }, 500)
  },
  initMap() {
    wx.startLocationUpdate({
      success: () => wx.onLocationChange((loc) => this.setData({ markers: [loc] })),
      fail: () => wx.showToast({ title: '定位失败', icon: 'none' })
    })
  }
})
