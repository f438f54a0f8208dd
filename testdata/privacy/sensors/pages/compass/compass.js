Page({
  onLoad() {
    wx.startCompass()
    wx.onCompassChange((res) => this.setData({ direction: res.direction }))
  }
})
