const BASE = 'https://api.xianguo.example.com'

Page({
  data: { plan: 'month', isIOS: wx.getSystemInfoSync().platform === 'ios' },
  buyVip() {
    wx.request({
      url: BASE + '/api/vip/order',
      method: 'POST',
      data: { plan: this.data.plan },
      success: (res) => {
        wx.requestPayment({
          ...res.data.payParams,
          success: () => wx.showToast({ title: '开通成功 🎉' })
        })
      }
    })
  }
})
