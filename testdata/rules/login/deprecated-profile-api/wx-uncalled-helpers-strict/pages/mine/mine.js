const profile = require('../../utils/profile.js')

Page({
  onShowCard() {
    profile.fetchProfile().then((u) => this.setData({ user: u }))
  },
  // a page method no template binds and nothing calls
  refreshLegacy() {
    wx.getUserInfo({ success: (r) => this.setData({ user: r.userInfo }) })
  }
})
