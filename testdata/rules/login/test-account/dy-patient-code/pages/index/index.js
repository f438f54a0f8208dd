const app = getApp()
Page({
  data: { signed: false },
  onSignIn() {
    app.signIn(() => this.setData({ signed: true }))
  }
})
