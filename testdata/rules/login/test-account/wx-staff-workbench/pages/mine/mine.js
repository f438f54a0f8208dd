const app = getApp()

Page({
  data: { profile: null },
  onShow() {
    this.setData({ profile: app.globalData.profile })
  }
})
