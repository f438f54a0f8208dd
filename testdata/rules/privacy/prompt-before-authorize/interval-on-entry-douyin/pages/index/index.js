// 首页：页面一打开就每 15 秒刷新一次到球场的距离
Page({
  data: { distance: '--' },
  onReady() {
    this.refresher = setInterval(this.refreshDistance, 15000)
  },
  refreshDistance() {
    tt.getLocation({
      type: 'gcj02',
      success: (loc) => this.setData({ distance: loc.latitude }),
      fail: () => this.setData({ distance: '--' })
    })
  },
  onUnload() {
    clearInterval(this.refresher)
  }
})
