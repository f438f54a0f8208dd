Page({
  locate() {
    wx.getLocation({ success() {}, fail() {} })
  }
})
