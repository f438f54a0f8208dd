Page({
  backHome() {
    wx.reLaunch({ url: '/pages/cart/cart' })
  },
  // 活动下线后入口去掉了，方法还留着
  openGift() {
    wx.navigateTo({ url: '/pages/gift/gift' })
  }
})
