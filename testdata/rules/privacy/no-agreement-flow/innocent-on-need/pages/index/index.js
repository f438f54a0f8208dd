Page({
  onTap() {
    wx.chooseMedia({ count: 1 })
  }
})
