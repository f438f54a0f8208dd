Page({
  data: { catches: [] },
  onLoad() {
    wx.request({ url: 'https://fish.example.com/api/catch/list', success: (res) => this.setData({ catches: res.data }) })
  }
})
