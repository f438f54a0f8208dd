// 门店列表：只有已经授权时才静默定位
Page({
  data: { list: [] },
  onLoad() {
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation']) {
          wx.getLocation({ type: 'gcj02', success: (loc) => this.sortByDistance(loc), fail: () => this.setData({ manual: true }) })
        }
      }
    })
  },
  sortByDistance() {}
})
