Page({
  onLocateTap() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => {
        this.setData({ lat: res.latitude, lng: res.longitude })
        this.loadStores(res)
      } // 定位成功
    })
  },
  loadStores() {}
})
