Page({
  data: { amount: '0.00' },
  onPhoneThenPay(e) {
    if (!e.detail.encryptedData) return
    tt.request({ url: 'https://api.yuedong.example/user/phone', method: 'POST', data: { encryptedData: e.detail.encryptedData, iv: e.detail.iv } })
  }
})
