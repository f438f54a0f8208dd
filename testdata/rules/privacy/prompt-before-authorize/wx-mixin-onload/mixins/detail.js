// what every venue detail page shares
module.exports = {
  detail: {
    onLoad(query) {
      this.venueId = query.id
      this.locateVenue()
    },
    onPullDownRefresh() {
      this.locateVenue()
      wx.stopPullDownRefresh()
    },
    locateVenue() {
      wx.getLocation({
        type: 'gcj02',
        success: (res) => this.setData({ lat: res.latitude, lng: res.longitude })
      })
    }
  }
}
