const app = getApp()
Page({
  onLoad() { this.setData({ me: app.globalData.userInfo }) }
})
