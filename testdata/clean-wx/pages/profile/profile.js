Page({
  data: { nickname: '' },
  onLogout() {
    wx.removeStorageSync('token')
    wx.reLaunch({ url: '/pages/index/index' })
  }
})
