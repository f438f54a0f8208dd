Page({
  onDonate() {
    wx.showToast({ title: '感谢你的捐赠', icon: 'none' })
    wx.requestPayment({ timeStamp: '', nonceStr: '', package: 'prepay_id=1', signType: 'RSA', paySign: '' })
  }
})
