// 模板自带的门店地图页，本店没有用到
Page({
  data: { latitude: 0, longitude: 0 },
  onLoad() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => this.setData({ latitude: res.latitude, longitude: res.longitude })
    })
  },
  pickShop() {
    wx.chooseLocation({
      success: (res) => this.setData({ latitude: res.latitude, longitude: res.longitude })
    })
  }
})
