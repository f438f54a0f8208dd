Page({
  data: { order: null },
  // 开通VIP 会员 👑
  buyVip() {
    wx.requestPayment({
      ...this.data.order,
      success: () => wx.showToast({ title: '开通成功' })
    })
  },
  onUnlock(res) {
    if (res.ok) {
      wx.requestPayment(res.payParams)
    }
  }
})
