Page({
  data: { path: [] },
  onStartTap() {
    // 每 5 秒取一次位置
    this.timer = setInterval(() => {
      wx.getLocation({ type: 'gcj02', success: (loc) => this.push(loc), fail: () => {} })
    }, 5000)
  },
  onLoad() {
    this.locate()
  },
  locate() {
    wx.getFuzzyLocation({
      type: 'wgs84',
      success: (loc) => this.push(loc),
      fail: () => setTimeout(() => this.locate(), 3000) // 被拒绝后三秒再弹
    })
  },
  push(loc) {
    this.setData({ path: this.data.path.concat(loc) })
  }
})
