Page({
  data: { labels: {}, counts: [0, 0, 0], members: [] },
  onLoad() {
    wx.request({
      url: 'https://api.example.com/team',
      success: (res) => this.setData({ members: res.data.list, counts: res.data.counts })
    })
  },
  pick(e) {
    this.setData({ tier: e.currentTarget.dataset.tier })
  }
})
