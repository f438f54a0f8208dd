// Location asked for and thrown away: refusing it breaks nothing, so no
// fallback is missing (the pointless request is prompt-before-authorize's
// concern). Only the last call uses the place, and it has no fail.
Page({
  onStartTap() {
    wx.getLocation({
      type: 'wgs84',
      success(res) {
        // kept for a future map feature
        const lat = res.latitude
        const lng = res.longitude
      }
    })
  },
  onWarmUpTap() {
    wx.getLocation({ type: 'gcj02' })
  },
  onNearbyTap() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => {
        const lat = res.latitude
        this.loadStores(lat, res.longitude)
      }
    })
  },
  loadStores() {}
})
