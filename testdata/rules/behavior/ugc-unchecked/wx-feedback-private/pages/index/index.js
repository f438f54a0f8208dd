Page({
  data: { halls: [] },
  onLoad() {
    wx.request({
      url: getApp().globalData.base + '/halls',
      success: (res) => this.setData({ halls: res.data.list })
    })
  }
})
