Page({
  onLogin() {
    tt.login({ success: () => tt.showToast({ title: '微信登录成功', icon: 'success' }) })
  }
})
