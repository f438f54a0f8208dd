Page({
  onShareAppMessage() {
    return { title: '鲜果商城' }
  }
})
