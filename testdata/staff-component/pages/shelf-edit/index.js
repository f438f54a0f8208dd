Page({
  onSaved() {
    wx.navigateBack()
  }
})
