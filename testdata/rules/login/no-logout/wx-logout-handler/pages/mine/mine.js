Page({
  logout() {
    wx.clearStorageSync()
  }
})
