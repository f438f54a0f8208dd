// Douyin: the profile dialog is the authorize on load (reported). The
// getUserInfo in its success runs once the user has granted, the one in
// its fail once the user has refused: neither opens a dialog of its own.
// The location asked after the profile scope is another dialog.
Page({
  data: { nick: '', city: '' },
  onLoad() {
    tt.authorize({
      scope: 'scope.userInfo',
      success: () => {
        tt.getUserInfo({
          success: (res) => this.setData({ nick: res.userInfo.nickName })
        })
      },
      fail: () => {
        tt.getUserInfo({ success: (res) => this.setData({ nick: res.userInfo.nickName }), fail: () => {} })
      },
      complete() {
        tt.getLocation({ success: (res) => this.setData({ city: res.city }) })
      }
    })
  }
})
