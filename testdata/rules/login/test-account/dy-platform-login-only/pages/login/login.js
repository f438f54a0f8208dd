Page({
  data: { agreed: false },
  toggleAgree(e) {
    this.setData({ agreed: e.detail.value })
  },
  quickLogin() {
    tt.login({
      success: ({ code }) => {
        tt.request({
          url: 'https://api.kuaipin.example.com/auth/douyin',
          method: 'POST',
          data: { code },
          success: (res) => {
            tt.setStorageSync('token', res.data.token)
            tt.navigateBack()
          }
        })
      }
    })
  },
  // kept from the old design; the template no longer offers it
  onSmsLogin() {
    tt.navigateTo({ url: '/pages/login/smsLogin' })
  }
})
