Page({
  onLocateTap() {
    tt.getLocation({
      success: (res) => this.setData({ lat: res.latitude, lng: res.longitude })
    })
  }
})
