// TODO 分享后解锁（产品已否决）
Page({
  data: { state: '' },
  onShareUnlock() {},
  onShareAppMessage() {
    return { title: '好文推荐', path: '/pages/index/index' }
  }
})
