Page({
  data: { orders: [] },
  onLoad() {
    wx.request({
      url: 'https://api.xiaolu-flower.cn/orders',
      success: (res) => this.setData({ orders: res.data })
    })
  }
})
