Page({
  onNavTap() {
    wx.getLocation({ type: 'gcj02', success: (r) => this.setData({ pos: r }), fail: () => {} })
  }
})
