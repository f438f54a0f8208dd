Page({
  onLoad() {
    my.showToast({ content: '外卖功能开发中', type: 'none' })
  }
})
