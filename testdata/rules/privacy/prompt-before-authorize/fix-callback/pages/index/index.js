Page({
  data: { stores: [] },
  onLoad() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => this.loadStores(res),
      fail: () => this.setData({ stores: [] })
    })
  },
  loadStores() {}
})
