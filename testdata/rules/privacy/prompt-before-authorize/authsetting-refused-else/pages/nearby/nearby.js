// 附近门店：拒绝过定位就引导去设置，否则直接定位
Page({
  data: { stores: [], manual: false },
  onLoad() {
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation'] === false) {
          wx.showModal({
            title: '定位未开启',
            content: '请在设置中打开位置权限，以便查看附近门店',
            success: (r) => {
              if (r.confirm) wx.openSetting()
            }
          })
        } else {
          // 从未问过时 authSetting 里没有这一项，这里第一次调用就弹出系统授权框
          wx.getLocation({
            type: 'gcj02',
            success: (loc) => this.loadStores(loc),
            fail: () => this.setData({ manual: true })
          })
        }
      }
    })
  },
  loadStores() {}
})
