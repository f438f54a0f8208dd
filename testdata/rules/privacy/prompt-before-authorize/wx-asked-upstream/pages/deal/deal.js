Page({
  data: { near: false },
  onLoad() {
    wx.getLocation({ type: 'gcj02', success: () => this.setData({ near: true }), fail: () => {} })
  },
  onShareAppMessage() {
    return { title: '今日特价' }
  }
})
