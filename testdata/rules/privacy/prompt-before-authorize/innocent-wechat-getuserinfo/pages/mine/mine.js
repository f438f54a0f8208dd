// WeChat: getUserInfo has shown no dialog since 2021 (it returns an
// anonymous profile), so calling it on load asks the user nothing.
// login/deprecated-profile-api is the rule that speaks of it.
Page({
  onLoad() {
    wx.getUserInfo({ success: (res) => this.setData({ nick: res.userInfo.nickName }) })
  }
})
