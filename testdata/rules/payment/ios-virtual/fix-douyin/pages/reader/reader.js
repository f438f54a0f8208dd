Page({
  async onUnlock() {
    const res = await tt.request({ url: 'https://api.xianguo.example.com/book/order' })
    // 📖 解锁章节
    await tt.pay({ orderInfo: res.data.orderInfo, service: 5 })
    this.reload()
  },
  reload() {}
})
