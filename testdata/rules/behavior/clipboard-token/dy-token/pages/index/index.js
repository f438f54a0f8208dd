Page({
  data: { shareLink: 'https://m.tb.cn/h.abc123' },
  onCopy() {
    tt.setClipboardData({ data: '￥Xy7bQ2mK9aL￥' })
  },
  onCopyLink() {
    tt.setClipboardData({ data: this.data.shareLink })
  },
  onCopyUrl() {
    tt.setClipboardData({ data: 'https://s.click.taobao.com/t?e=abc' })
  }
})
