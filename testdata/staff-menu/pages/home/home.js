const app = getApp()

Page({
  data: { goods: [] },
  onLoad() {
    wx.request({
      url: app.globalData.host + '/goods',
      success: (res) => this.setData({ goods: res.data.list })
    })
  }
})
