Page({
  data: { tickets: [] },
  onLoad() {
    wx.request({
      url: 'https://api.linli.example.com/tickets',
      data: { token: wx.getStorageSync('token') },
      success: (res) => this.setData({ tickets: res.data.list })
    })
  }
})
