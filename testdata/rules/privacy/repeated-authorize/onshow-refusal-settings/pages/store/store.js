const app = getApp()

Page({
  data: { stores: [] },
  onShow() {
    if (!app.globalData.located) {
      this.locate()
    }
  },
  locate() {
    wx.getLocation({
      type: 'gcj02',
      success: ({ latitude, longitude }) => {
        app.globalData.located = true
        this.loadStores(latitude, longitude)
      },
      fail: () => {
        app.globalData.located = false
        this.checkPermission()
      }
    })
  },
  checkPermission() {
    wx.getSetting({
      success: ({ authSetting }) => {
        if (authSetting['scope.userLocation'] === false) {
          wx.showModal({
            title: '提示',
            content: '需要你的位置才能推荐附近门店',
            showCancel: false,
            success: (res) => {
              if (res.confirm) wx.openSetting()
            }
          })
        }
      }
    })
  },
  loadStores(lat, lng) {
    wx.request({ url: 'https://api.xiaoxian.cn/stores', data: { lat, lng }, success: (r) => this.setData({ stores: r.data }) })
  }
})
