Page({
  onShareAppMessage() {
    return { title: '好物推荐', path: '/pages/goods/detail/detail?id=' + this.data.id }
  },
  addToCart() {
    wx.navigateTo({ url: './../../../pkgShop/cart/cart' })
  }
})
