Page({
  pick() {
    wx.chooseImage({ count: 1 })
  },
  copy() {
    wx.setClipboardData({ data: 'A1' })
  }
})
