Page({
  data: {
    storeName: ''
  },
  onLoad(query) {
    this.setData({ storeName: query.store || '' })
  },
  onRemind() {
    tt.showModal({
      title: '到店提醒',
      content: '长按识别二维码关注公众号，洗护完成后第一时间通知您',
      showCancel: false
    })
  }
})
