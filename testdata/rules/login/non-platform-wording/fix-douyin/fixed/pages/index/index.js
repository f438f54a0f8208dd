Page({
  onLogin() {
    tt.login({ success: () => tt.showToast({ title: '抖音登录成功', icon: 'success' }) })
  }
})
