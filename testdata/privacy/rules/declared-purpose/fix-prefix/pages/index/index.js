Page({
  go() {
    wx.getLocation({ success() {}, fail() {} })
    wx.chooseImage({})
  }
})
