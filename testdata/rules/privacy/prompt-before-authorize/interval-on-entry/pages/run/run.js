// 跑步页：一进页面就开始每 5 秒记一次位置
Page({
  data: { points: [] },
  onLoad() {
    this.ticker = setInterval(() => {
      wx.getLocation({
        type: 'gcj02',
        success: (loc) => this.setData({ points: this.data.points.concat(loc) }),
        fail: () => this.setData({ paused: true })
      })
    }, 5000)
  },
  onUnload() {
    clearInterval(this.ticker)
  }
})
