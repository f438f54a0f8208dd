Page({
  onShow() {
    // 抖音的定位授权弹窗只出现一次，之后静默成功或失败
    tt.getLocation({ success: (res) => this.setData({ lat: res.latitude }), fail: () => {} })
    // 未登录也不弹登录框
    tt.login({ force: false, success: (res) => this.setData({ anonymous: !res.isLogin }) })
    this.refreshSession()
  },
  refreshSession() {
    tt.login({
      success: (res) => this.setData({ code: res.code }),
      fail: () => this.setData({ code: '' })
    })
  }
})
