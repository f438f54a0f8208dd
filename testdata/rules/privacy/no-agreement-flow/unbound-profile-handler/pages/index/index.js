Page({
  data: { halls: [] },
  onShow() {
    wx.request({
      url: 'https://gym.example-campus.cn/api/halls',
      success: (res) => this.setData({ halls: res.data })
    })
  }
})
