Page({
  onWeatherTap() {
    wx.getFuzzyLocation({ type: 'wgs84', success: (r) => this.setData({ weather: r }), fail: () => {} })
  },
  onNavTap() {
    wx.getLocation({ type: 'gcj02', success: (r) => this.setData({ pos: r }), fail: () => {} })
  }
})
