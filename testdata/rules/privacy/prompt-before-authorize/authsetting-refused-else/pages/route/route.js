// 路线页：loose 比较和提前返回，同样分不出“已授权”和“从未问过”
Page({
  data: { from: null },
  onReady() {
    wx.getSetting({
      success: ({ authSetting }) => {
        if (authSetting['scope.userLocation'] == false) {
          this.setData({ from: null })
          return
        }
        wx.getLocation({ type: 'gcj02', success: (loc) => this.setData({ from: loc }), fail: () => this.setData({ manual: true }) })
      }
    })
  },
  onShareAppMessage() {
    return { title: '去门店的路线' }
  }
})
