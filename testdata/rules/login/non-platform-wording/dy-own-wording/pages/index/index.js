Page({
  onLogin() {}
})
