Page({
  openDetail() {
    // switchTab opens tab pages only
    tt.switchTab({ url: '/pages/detail/detail' })
  }
})
