Page({
  data: { points: 0, items: [] },
  onShareAppMessage() {
    return { title: '积分商城', path: '/pages/mall/mall' }
  }
})
