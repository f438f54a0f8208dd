Page({
  data: { records: [] },
  onLoad() {
    wx.request({
      url: 'https://api.chayu.example.com/member/points',
      success: (res) => this.setData({ records: res.data.list })
    })
  }
})
