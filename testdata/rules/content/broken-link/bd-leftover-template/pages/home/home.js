Page({
  data: { list: [] },
  toShop() {
    swan.navigateTo({ url: '/pages/shop/shop' })
  },
  // 老版本的问答入口，首页已经没有这个按钮
  openTopic() {
    swan.navigateTo({ url: '../topic/topic' })
  }
})
