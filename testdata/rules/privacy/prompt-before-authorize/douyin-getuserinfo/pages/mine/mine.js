// Douyin: getUserInfo still opens the authorization dialog, here as soon
// as the page loads.
Page({
  onLoad() {
    tt.getUserInfo({ success: (res) => this.setData({ nick: res.userInfo.nickName }), fail: () => {} })
  }
})
