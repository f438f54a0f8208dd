Page({
  data: {
    hotline: '13955556666',
    form: {
      mobile: '',
      smsCode: '',
      estate: '兰亭花园'
    }
  },
  onField(e) {
    this.setData({ [e.currentTarget.dataset.key]: e.detail.value })
  },
  submit() {
    wx.request({ url: 'https://api.lanting.example.com/login', method: 'POST', data: this.data.form })
  }
})
