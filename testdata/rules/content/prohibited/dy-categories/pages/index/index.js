Page({
  onTap() {
    tt.showModal({ title: '提示', content: '📉 炒股群限时免费进' })
  }
})
