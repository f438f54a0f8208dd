Page({
  data: { total: 0 },
  pay() {
    wx.requestPayment({
      timeStamp: '', nonceStr: '', package: '', signType: 'MD5', paySign: '',
      success: () => wx.redirectTo({ url: '/pages/paid/paid' })
    })
  }
})
