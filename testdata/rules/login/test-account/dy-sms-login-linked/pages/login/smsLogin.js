Page({
  data: { mobile: '', code: '' },
  onMobile(e) { this.setData({ mobile: e.detail.value }) },
  onCode(e) { this.setData({ code: e.detail.value }) },
  sendCode() {
    tt.request({ url: 'https://api.kuaipin.example.com/sms/send', method: 'POST', data: { mobile: this.data.mobile } })
  },
  submit() {
    tt.request({
      url: 'https://api.kuaipin.example.com/auth/sms',
      method: 'POST',
      data: this.data,
      success: (res) => tt.setStorageSync('token', res.data.token)
    })
  }
})
