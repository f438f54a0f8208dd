Page({
  data: { distance: '' },
  onLoad(query) {
    this.storeId = query.id
    wx.getLocation({
      type: 'gcj02',
      success: (res) => this.setData({ distance: this.measure(res) }),
      fail: () => this.setData({ distance: '' })
    })
  },
  measure(res) {
    return (Math.abs(res.latitude) / 1000).toFixed(1) + 'km'
  },
  openRoute() {
    wx.navigateTo({ url: '/pages/route/route?id=' + this.storeId })
  }
})
