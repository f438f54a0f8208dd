Page({
  data: { lat: 0, lng: 0, markers: [] },
  onLocate() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => {
        this.setData({ lat: res.latitude, lng: res.longitude })
      },
      fail: () => {
        wx.chooseLocation({
          success: (res) => this.setData({ lat: res.latitude, lng: res.longitude })
        })
      }
    })
  }
})
