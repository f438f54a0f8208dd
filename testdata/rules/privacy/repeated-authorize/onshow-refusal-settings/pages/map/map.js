Page({
  onShow() {
    wx.getLocation({
      type: 'gcj02',
      success: (loc) => this.setData({ loc }),
      fail: () => {
        wx.showModal({
          content: '地图需要定位权限，去设置开启？',
          success: (res) => {
            if (res.confirm) {
              wx.openSetting({ success: (s) => this.setData({ granted: s.authSetting['scope.userLocation'] }) })
            }
          }
        })
      }
    })
  },
  onRelocateTap() {
    wx.getLocation({ type: 'gcj02', success: (loc) => this.setData({ loc }), fail: () => {} })
  }
})
