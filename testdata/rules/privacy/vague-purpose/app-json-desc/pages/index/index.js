Page({
  onTap() {
    wx.getLocation({ success: () => {}, fail: () => {} })
  }
})
