App({
  onShow() {
    this.ensureProfile()
  },
  ensureProfile() {
    if (!this.globalData.userInfo) {
      wx.getUserProfile({ desc: '用于展示会员头像和昵称', success: (res) => (this.globalData.userInfo = res.userInfo) })
    }
  },
  globalData: { userInfo: null }
})
