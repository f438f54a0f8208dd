Page({
  data: { userInfo: {}, hasUserInfo: false },
  bindViewTap() {
    wx.navigateTo({ url: '../logs/logs' })
  },
  getUserInfo(e) {
    this.setData({ userInfo: e.detail.userInfo, hasUserInfo: true })
  }
})
