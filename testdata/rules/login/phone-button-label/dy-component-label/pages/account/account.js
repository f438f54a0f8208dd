Page({
  data: {
    bindText: '一键登录',
    loginTitle: '快捷登录'
  },
  onShow() {
    if (this.data.bindText && tt.getStorageSync('uid')) {
      this.setData({ loginTitle: '切换账号' })
    }
  },
  onPhone(e) {
    if (!e.detail.code) return
    tt.request({ url: 'https://api.lanshan.example.com/phone', method: 'POST', data: { code: e.detail.code } })
  }
})
