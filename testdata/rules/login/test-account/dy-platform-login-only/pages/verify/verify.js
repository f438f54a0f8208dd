Page({
  data: {},
  onName(e) { this.setData({ name: e.detail.value }) },
  onIdCard(e) { this.setData({ idCard: e.detail.value }) },
  onMobile(e) { this.setData({ mobile: e.detail.value }) },
  onCode(e) { this.setData({ code: e.detail.value }) },
  sendCode() {
    tt.request({ url: 'https://api.kuaipin.example.com/sms/send', method: 'POST', data: { mobile: this.data.mobile } })
  },
  submit() {
    tt.request({ url: 'https://api.kuaipin.example.com/user/verify', method: 'POST', data: this.data })
  }
})
