Page({
  onLoad() {
    if (!wx.getStorageSync('token')) {
      wx.redirectTo({ url: '../signin/signin' })
    }
  }
})
