const app = getApp()

Page({
  data: { goods: [] },
  onLoad() {
    this.checkLogin()
  },
  checkLogin() {
    if (!app.globalData.token) {
      wx.redirectTo({ url: '/pages/auth/index?redirect=' + encodeURIComponent('/pages/index/index') })
    }
  }
})
