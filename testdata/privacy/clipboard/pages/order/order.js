Page({
  data: { orderNo: 'E20240501001' },
  copyOrderNo() {
    wx.setClipboardData({ data: this.data.orderNo })
  },
  pasteCode() {
    wx.getClipboardData({
      success: (res) => this.setData({ code: res.data })
    })
  }
})
