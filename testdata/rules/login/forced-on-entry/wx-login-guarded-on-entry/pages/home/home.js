const { myPoints } = require('../../api/trips')

Page({
  data: { points: 0 },
  onLoad() {
    // members see their points on the banner; visitors see the banner alone
    const memberId = wx.getStorageSync('memberId')
    if (memberId) {
      this.loadPoints()
    }
  },
  onShow() {
    // a member whose session ran out signs in again; a visitor has no token
    const token = wx.getStorageSync('token')
    if (token && Date.now() > wx.getStorageSync('expiresAt')) {
      wx.redirectTo({ url: '/pages/login/login' })
    }
  },
  async loadPoints() {
    const points = await myPoints()
    this.setData({ points })
  }
})
