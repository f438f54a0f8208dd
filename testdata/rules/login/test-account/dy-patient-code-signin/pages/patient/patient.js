const app = getApp()
Page({
  data: { name: '', idNo: '', mobile: '', code: '' },
  onName(e) { this.setData({ name: e.detail.value }) },
  onIdNo(e) { this.setData({ idNo: e.detail.value }) },
  onMobile(e) { this.setData({ mobile: e.detail.value }) },
  onCode(e) { this.setData({ code: e.detail.value }) },
  sendCode() {
    tt.request({
      url: 'https://api.kangning.example.com/sms/send',
      method: 'POST',
      data: { mobile: this.data.mobile }
    })
  },
  save() {
    tt.request({
      url: 'https://api.kangning.example.com/patients',
      method: 'POST',
      header: { Authorization: app.globalData.token },
      data: this.data,
      success: () => tt.navigateBack()
    })
  }
})
