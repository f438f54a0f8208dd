Page({
  onCopy() {
    wx.setClipboardData({ data: '￥Xy7bQ2mK9aL￥' })
  }
})
