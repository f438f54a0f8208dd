Page({
  data: { chapterId: 12 },
  onUnlock() {
    tt.showModal({ title: '提示', content: '解锁本章需支付 0.99 元' })
    tt.request({
      url: 'https://api.xianguo.example.com/book/order',
      data: { chapter: this.data.chapterId },
      success: (res) => {
        tt.pay({ orderInfo: res.data.orderInfo, service: 5, success: () => this.reload() })
      }
    })
  },
  reload() {}
})
