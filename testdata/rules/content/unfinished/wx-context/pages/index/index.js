Page({
  onVip() {
    wx.showToast({ title: '会员功能开发中', icon: 'none' })
  },
  // left over: nothing binds or calls it
  oldShop() {
    wx.showToast({ title: '商城功能开发中', icon: 'none' })
  }
})
