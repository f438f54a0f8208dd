Page({
  data: {
    cakes: [
      { id: 11, name: '草莓奶油蛋糕', price: 168 },
      { id: 12, name: '栗子蒙布朗', price: 38 }
    ]
  },
  toCart() {
    wx.switchTab({ url: '/pages/cart/cart' })
  },
  // 领券入口已下线，页面还留着
  goCoupon() {
    wx.navigateTo({ url: '/pages/coupon/coupon' })
  }
})
