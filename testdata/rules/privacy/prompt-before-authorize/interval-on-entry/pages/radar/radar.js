// 雷达页：先说明用途，用户同意后才开始轮询
Page({
  data: { spots: [] },
  onLoad() {
    wx.showModal({
      title: '授权提示',
      content: '需要获取你的位置，用于显示附近跑友',
      success: (res) => {
        if (res.confirm) {
          this.scan = setInterval(() => {
            wx.getLocation({ type: 'gcj02', success: (loc) => this.setData({ spots: [loc] }), fail: () => this.setData({ spots: [] }) })
          }, 6000)
        }
      }
    })
  },
  onUnload() {
    clearInterval(this.scan)
  }
})
