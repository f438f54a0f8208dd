Page({
  data: { name: '全麦吐司' },
  onShareAppMessage() {
    return { title: `${this.data.name}，今天新鲜出炉`, path: '/pages/index/index' }
  },
  onLoad() {
    wx.showToast({ title: '已领取红包', icon: 'none' })
  }
})
