Page({
  data: { near: false },
  onLoad() {
    wx.getLocation({ type: 'gcj02', success: () => this.setData({ near: true }), fail: () => {} })
  }
})
