// 首页：一进来就定位，之前没有任何说明
Page({
  data: { shops: [], tip: '' },
  onShow() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => this.loadShops(res.latitude, res.longitude),
      fail: () => this.setData({ tip: '未开启定位，显示全部网点' })
    })
  },
  loadShops(lat, lng) {
    wx.request({ url: 'https://api.jiejiaoxiyi.cn/shops', data: { lat, lng }, success: (r) => this.setData({ shops: r.data }) })
  }
})
