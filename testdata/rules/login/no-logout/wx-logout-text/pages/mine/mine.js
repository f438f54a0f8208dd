Page({
  onExit() {
    wx.removeStorageSync('token')
  }
})
