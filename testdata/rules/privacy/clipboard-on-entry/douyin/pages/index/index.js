Page({
  onLoad() {
    tt.getClipboardData({ success: (res) => this.setData({ clip: res.data }) })
  }
})
