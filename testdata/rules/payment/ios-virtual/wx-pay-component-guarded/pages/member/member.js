Page({
  data: { plan: { id: 'm12', price: 128 } },
  onPaid() { wx.showToast({ title: '开通成功' }) }
})
