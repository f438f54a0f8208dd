// 网点列表：拒绝过就让用户手动选城市，不再催促
Page({
  data: { loc: null, manual: false },
  onShow() {
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation'] === false) {
          this.setData({ manual: true })
        } else {
          wx.getLocation({ type: 'gcj02', success: (loc) => this.setData({ loc }), fail: () => this.setData({ manual: true }) })
        }
      }
    })
  }
})
