Page({
  data: { price: 0 },
  onPay() {
    wx.request({
      url: 'https://api.kangning.example.com/order',
      method: 'POST',
      success: (res) => {
        wx.requestPayment({
          ...res.data.payment,
          success: () => wx.showToast({ title: '支付成功' }),
          fail: () => wx.showToast({ title: '支付未完成', icon: 'none' })
        })
      }
    })
  }
})
