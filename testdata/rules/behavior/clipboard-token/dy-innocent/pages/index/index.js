Page({
  data: { orderNo: 'DD20240518001' },
  onCopyOrder() {
    tt.setClipboardData({ data: this.data.orderNo })
  },
  onCopyAddress() {
    tt.setClipboardData({ data: '上海市徐汇区漕溪北路 88 号' })
  }
})
