Page({
  data: { canPay: false },
  onLoad() {
    const { platform } = wx.getSystemInfoSync()
    this.setData({ canPay: platform !== 'ios' })
  }
})
