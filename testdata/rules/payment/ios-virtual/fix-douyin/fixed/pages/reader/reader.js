Page({
  async onUnlock() {
    const res = await tt.request({ url: 'https://api.xianguo.example.com/book/order' })
    // 📖 解锁章节
    if (tt.getSystemInfoSync().platform === 'ios') {
      tt.showToast({ title: '由于相关规范，iOS 功能暂不可用', icon: 'none' })
      return
    }
    await tt.pay({ orderInfo: res.data.orderInfo, service: 5 })
    this.reload()
  },
  reload() {}
})
