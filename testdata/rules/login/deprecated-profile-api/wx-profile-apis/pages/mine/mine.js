Page({
  data: { user: null },
  onLoad() {
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userInfo']) {
          wx.getUserInfo({ success: (r) => this.setData({ user: r.userInfo }) })
        }
      }
    })
  },
  onProfile() {
    wx.getUserProfile({
      desc: '用于完善会员资料',
      success: (res) => this.setData({ user: res.userInfo })
    })
  },
  onGetUserInfo(e) {
    this.setData({ user: e.detail.userInfo })
  }
})
