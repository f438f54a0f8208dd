Page({
  locate() {
    wx.getLocation({ success() {}, fail() {} })
  },
  pick() {
    wx.chooseImage({ count: 1 })
  }
})
