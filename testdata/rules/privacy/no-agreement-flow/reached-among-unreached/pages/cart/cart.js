Page({
  data: { orderNo: '' },
  onShow() {
    this.setData({ orderNo: wx.getStorageSync('lastOrderNo') || '' })
  },
  copyOrderNo() {
    wx.setClipboardData({ data: this.data.orderNo })
  }
})
