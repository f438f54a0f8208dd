Page({
  data: { banners: [] },
  onLoad() {
    wx.request({ url: 'https://api.example-bakery.cn/banners', success: (res) => this.setData({ banners: res.data }) })
  },
  openGoods(e) {
    wx.navigateTo({ url: '/pages/goods/goods?id=' + e.currentTarget.dataset.id })
  },
  openCoupon() {
    wx.navigateTo({ url: '/pages/coupon/coupon' })
  },
  onShareAppMessage() {
    return { title: '周末烘焙市集', path: '/pages/event/event?from=share' }
  }
})
