Page({
  data: { invoice: '不支持开票' },
  scan() {
    wx.scanCode({
      success: (res) => {
        console.log(res)
        wx.navigateTo({ url: '/pages/index/index?code=' + encodeURIComponent(res.result) })
      }
    })
  },
  openSearch() {},
  onAction(kind) {
    switch (kind) {
      case 'copy':
        wx.showToast({ title: '复制成功' })
        return
      default:
        wx.request({ url: 'https://api.example.com/act' })
    }
  },
  showShop() {
    const shop = this.data.shop
    wx.getLocation({
      success: () => {
        wx.openLocation({ latitude: shop.latitude, longitude: shop.longitude, name: shop.name })
      }
    })
  },
  showPicked() {
    wx.chooseLocation({
      success: (res) => wx.openLocation({ latitude: res.latitude, longitude: res.longitude })
    })
  },
  save(ok) {
    if (ok) {
      wx.showToast({ title: '保存成功' })
      return
    }
    wx.request({ url: 'https://api.example.com/profile', method: 'POST' })
  },
  search() {},
  submit() {},
  toOrders() {},
  toCoupons() {}
})
