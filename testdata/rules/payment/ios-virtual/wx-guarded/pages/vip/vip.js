Page({
  data: { isIOS: false },
  onLoad() {
    const { platform } = wx.getSystemInfoSync()
    this.setData({ isIOS: platform === 'ios' })
  },
  buyVip() {
    if (this.data.isIOS) {
      wx.showToast({ title: '由于相关规范，iOS 功能暂不可用', icon: 'none' })
      return
    }
    wx.requestPayment({ timeStamp: '', nonceStr: '', package: 'prepay_id=vip', signType: 'RSA', paySign: '' })
  },
  buySvip() {
    const { platform } = wx.getSystemInfoSync()
    if (platform !== 'ios') {
      wx.requestPayment({ timeStamp: '', nonceStr: '', package: 'prepay_id=svip', signType: 'RSA', paySign: '' })
    }
  }
})
