Page({
  onCityTap() {
    wx.getFuzzyLocation({ type: 'wgs84' }).then((res) => this.setData({ lat: res.latitude }))
  },
  async onNearbyTap() {
    const res = await wx.getLocation({ type: 'gcj02' })
    this.setData({ lat: res.latitude, lng: res.longitude })
  },
  onTrackTap() {
    wx.startLocationUpdate({ success: () => wx.onLocationChange((loc) => this.setData({ loc })) })
  }
})
