Page({
  data: { phone: '', code: '', wait: 0 },
  onPhone(e) {
    this.setData({ phone: e.detail.value })
  },
  onCode(e) {
    this.setData({ code: e.detail.value })
  },
  sendCode() {
    wx.request({ url: 'https://api.zujibao.example.com/sms', method: 'POST', data: { phone: this.data.phone } })
    this.setData({ wait: 60 })
  },
  submit() {
    wx.request({
      url: 'https://api.zujibao.example.com/user/phone',
      method: 'POST',
      data: { phone: this.data.phone, code: this.data.code, token: wx.getStorageSync('token') },
      success: () => wx.navigateBack()
    })
  }
})
