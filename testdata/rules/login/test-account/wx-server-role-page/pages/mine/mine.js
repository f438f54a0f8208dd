const app = getApp()

Page({
  data: { profile: null },
  onShow() {
    this.setData({ profile: app.globalData.profile })
  },
  go(e) {
    wx.navigateTo({ url: e.currentTarget.dataset.url })
  }
})
