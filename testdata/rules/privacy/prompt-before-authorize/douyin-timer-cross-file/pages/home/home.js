// 首页: the profile only after a tap; on load a timer pings the session,
// which asks nothing.
const account = require('../../utils/account')

Page({
  onLoad() {
    setTimeout(() => account.keepAlive(), 500)
    Promise.resolve().then(() => account.keepAlive())
  },
  onLoginTap() {
    account.signIn({ success: (user) => this.setData({ user }) })
  }
})
