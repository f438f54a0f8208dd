Page({
  onWeatherTap() {
    wx.getFuzzyLocation({ type: 'wgs84', success: (r) => this.setData({ weather: r }), fail: () => {} })
  }
})
