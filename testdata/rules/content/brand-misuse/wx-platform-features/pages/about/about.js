Page({
  onLoad() {
    wx.setNavigationBarTitle({ title: '关于我们' })
  }
})
