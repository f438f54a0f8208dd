Page({
  data: { courts: [] },
  onLoad() {
    tt.getLocation({
      success: (res) => this.loadCourts(res.latitude, res.longitude),
      fail: () => this.loadCourts(0, 0)
    })
  },
  loadCourts(lat, lng) {
    tt.request({
      url: 'https://api.example-courts.com/near',
      data: { lat, lng },
      success: (res) => this.setData({ courts: res.data.list })
    })
  }
})
