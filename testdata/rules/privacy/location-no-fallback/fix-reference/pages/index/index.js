Page({
  onLocateTap() {
    const onLocated = this.onLocated.bind(this)
    wx.getLocation({ type: 'gcj02', success: onLocated })
  },
  onLocated(res) {
    this.setData({ lat: res.latitude, lng: res.longitude })
  }
})
