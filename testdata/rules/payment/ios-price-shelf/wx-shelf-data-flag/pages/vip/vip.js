Page({
  data: { showPay: false },
  onLoad() {
    const info = wx.getSystemInfoSync()
    this.setData({ showPay: info.platform !== 'ios' })
  }
})
