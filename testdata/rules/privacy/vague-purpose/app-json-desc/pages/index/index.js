Page({
  onTap() {
    wx.getLocation({ success: () => {}, fail: () => {} })
  },
  onNearby() {
    wx.getFuzzyLocation({ success: () => {}, fail: () => {} })
  }
})
