Page({
  data: { feed: [] },
  onLoad() {
    wx.request({ url: 'https://api.example.com/clips', success: (res) => this.setData({ feed: res.data }) })
  }
})
