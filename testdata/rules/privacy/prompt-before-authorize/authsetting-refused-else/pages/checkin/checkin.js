// 签到页：没问过先说明用途，拒绝过让用户手动选，剩下的就是已授权
Page({
  data: { spot: null, manual: false },
  onLoad() {
    wx.getSetting({
      success: (res) => {
        const granted = res.authSetting['scope.userLocation']
        if (res.authSetting['scope.userLocation'] === undefined) {
          wx.showModal({
            title: '授权提示',
            content: '签到需要获取你的位置，用于确认你在活动现场',
            success: (r) => {
              if (r.confirm) {
                wx.authorize({ scope: 'scope.userLocation', success: () => this.locate(), fail: () => this.setData({ manual: true }) })
              }
            }
          })
        } else if (res.authSetting['scope.userLocation'] === false) {
          this.setData({ manual: true, granted })
        } else {
          wx.getLocation({ type: 'gcj02', success: (loc) => this.setData({ spot: loc }), fail: () => this.setData({ manual: true }) })
        }
      }
    })
  },
  locate() {}
})
