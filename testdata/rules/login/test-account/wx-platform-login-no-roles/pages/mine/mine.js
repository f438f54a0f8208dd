const app = getApp()

Page({
  data: { profile: null },
  onShow() {
    this.setData({ profile: app.globalData.profile })
  },
  onPhone(e) {
    wx.request({
      url: 'https://api.linli.example.com/phone',
      method: 'POST',
      data: { code: e.detail.code, token: wx.getStorageSync('token') },
      success: (res) => {
        app.globalData.profile = res.data.profile
        this.setData({ profile: res.data.profile })
      }
    })
  }
})
