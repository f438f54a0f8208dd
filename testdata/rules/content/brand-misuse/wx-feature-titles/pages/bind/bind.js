Page({
  onLoad() {
    wx.setNavigationBarTitle({ title: '微信绑定' })
  }
})
