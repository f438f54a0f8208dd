Page({
  onCreate() {
    tt.showToast({ title: '✍️ 新建接龙成功' })
  }
})
