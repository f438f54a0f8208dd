Page({
  data: { order: { id: '', total: 0 } },
  onPaid() { wx.navigateBack() }
})
