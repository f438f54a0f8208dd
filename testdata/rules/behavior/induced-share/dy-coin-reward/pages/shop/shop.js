Page({
  onShareAppMessage() {
    return { title: '星语日记：第 3 期主题已更新', path: '/pages/shop/shop' }
  }
})
