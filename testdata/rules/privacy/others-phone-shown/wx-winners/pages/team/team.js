Page({
  data: { members: [] },
  onLoad() {
    wx.request({ url: 'https://api.example.com/team', success: (res) => this.setData({ members: res.data }) })
  }
})
