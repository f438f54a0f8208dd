Page({
  data: { total: 0 },
  confirm() {
    wx.request({ url: 'https://api.tianyuan.example.com/order/create', method: 'POST' })
  }
})
