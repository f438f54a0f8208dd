Page({
  data: { shops: [] },
  onShow() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => {
        this.load(res.latitude, res.longitude)
      },
      fail: function (err) {
        console.log(err)
      }
    })
  },
  refine() {
    wx.getLocation({
      success: () => {
        wx.chooseLocation({ success: (p) => this.load(p.latitude, p.longitude) })
      },
      fail: () => {}
    })
  },
  load(lat, lng) {
    wx.request({
      url: 'https://home.example.com/api/shops',
      data: { lat, lng },
      success: (res) => this.setData({ shops: res.data })
    })
  }
})
