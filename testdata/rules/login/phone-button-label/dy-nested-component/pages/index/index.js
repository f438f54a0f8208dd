Page({
  onPhone(e) {
    if (!e.detail.code) return
    tt.request({ url: 'https://api.lanshan.example.com/phone', method: 'POST', data: { code: e.detail.code } })
  }
})
