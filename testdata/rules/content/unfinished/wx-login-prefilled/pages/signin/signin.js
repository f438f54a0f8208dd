Page({
  data: {
    role: 0,
    resident: {
      mobile: '13912345678',
      smsCode: '888888'
    },
    staff: {
      account: 'wy20231',
      secret: 'abc123'
    }
  },
  onField(e) {
    this.setData({ [e.currentTarget.dataset.key]: e.detail.value })
  },
  submit() {
    wx.request({ url: 'https://api.lanting.example.com/login', method: 'POST', data: this.data.resident })
  }
})
