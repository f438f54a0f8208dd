// 轨迹页：用户点“开始”才轮询；进入时只在已经授权的情况下轮询
Page({
  data: { path: [] },
  onLoad() {
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation']) {
          this.timer = setInterval(() => this.sample(), 5000)
        }
      }
    })
  },
  onStartTap() {
    this.timer = setInterval(() => this.sample(), 5000)
  },
  sample() {
    wx.getLocation({ type: 'gcj02', success: (loc) => this.setData({ path: this.data.path.concat(loc) }), fail: () => this.setData({ lost: true }) })
  },
  onUnload() {
    clearInterval(this.timer)
  }
})
