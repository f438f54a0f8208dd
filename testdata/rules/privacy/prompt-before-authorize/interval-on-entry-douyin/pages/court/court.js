// 球场页：先弹前置提醒，用户同意后才开始刷新距离
Page({
  data: { distance: '--' },
  onLoad() {
    tt.showModal({
      title: '位置授权提醒',
      content: '需要获取你的位置，用于显示你到球场的距离',
      success: (res) => {
        if (!res.confirm) return
        this.refresher = setInterval(() => {
          tt.getLocation({ type: 'gcj02', success: (loc) => this.setData({ distance: loc.latitude }), fail: () => this.setData({ distance: '--' }) })
        }, 15000)
      }
    })
  },
  onUnload() {
    clearInterval(this.refresher)
  }
})
