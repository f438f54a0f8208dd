Page({
  go() {
    wx.getLocation({ success() {}, fail() {} })
  }
})
