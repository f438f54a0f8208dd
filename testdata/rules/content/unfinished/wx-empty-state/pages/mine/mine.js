Page({
  data: { orders: [], showGift: false },
  onShow() {
    wx.request({
      url: 'https://api.randong.example/orders',
      success: (res) => this.setData({ orders: res.data })
    })
  }
})
