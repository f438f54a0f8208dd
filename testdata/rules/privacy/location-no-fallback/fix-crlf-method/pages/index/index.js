Page({
  onLocateTap() {
    wx.getLocation({
      type: 'gcj02',
      success(res) {
        console.log('定位成功', res.latitude)
      }
    })
  }
})
