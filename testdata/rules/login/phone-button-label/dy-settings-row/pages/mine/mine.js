Page({
  data: { mobile: '' },
  onPhone(e) {
    if (!e.detail.code) return
    tt.request({
      url: 'https://fruit.example.com/api/phone',
      method: 'POST',
      data: { code: e.detail.code },
      success: (res) => this.setData({ mobile: res.data.mobile })
    })
  }
})
