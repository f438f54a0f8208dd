Page({
  onLogin() {
    wx.setStorageSync('token', 'abc')
  }
})
