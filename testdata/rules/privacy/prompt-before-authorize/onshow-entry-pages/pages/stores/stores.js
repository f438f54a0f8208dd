// 网点列表：只在用户早已授权时静默刷新距离；没授权就去申请
Page({
  data: { list: [], located: false },
  onShow() {
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation']) {
          wx.getLocation({ type: 'gcj02', success: (loc) => this.sortByDistance(loc) })
        } else {
          wx.authorize({ scope: 'scope.userLocation', success: () => this.setData({ located: true }) })
        }
      }
    })
  },
  sortByDistance() {},
  onShareAppMessage() {
    return { title: '街角洗衣网点' }
  }
})
