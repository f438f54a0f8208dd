Page({
  data: { nick: '' },
  onLoad() {
    tt.getUserInfo({
      success: (res) => this.setData({ nick: res.userInfo.nickName })
    })
  }
})
