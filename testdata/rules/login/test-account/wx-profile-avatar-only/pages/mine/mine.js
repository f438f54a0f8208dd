Page({
  onAvatar() {
    wx.getUserProfile({ desc: '展示头像', success: (res) => this.setData({ user: res.userInfo }) })
  }
})
