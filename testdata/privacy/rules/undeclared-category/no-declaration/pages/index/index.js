Page({
  pick() {
    wx.chooseImage({ count: 1 })
  }
})
