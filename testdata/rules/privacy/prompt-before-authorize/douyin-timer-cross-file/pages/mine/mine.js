// 我的: a second after the tab opens, a visitor with no account is signed
// in, which asks for the profile with nothing said first.
const account = require('../../utils/account')

Page({
  data: { user: {} },
  onLoad() {
    setTimeout(() => {
      if (!this.data.user.id) {
        this.signIn()
      }
    }, 1000)
  },
  signIn() {
    account.signIn({
      success: (user) => this.setData({ user }),
      fail: () => tt.showToast({ title: '登录失败', icon: 'none' })
    })
  },
  onSignInTap() {
    account.signIn({ success: (user) => this.setData({ user }) })
  }
})
