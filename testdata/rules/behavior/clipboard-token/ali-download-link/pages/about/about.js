Page({
  data: { aboutShown: false },
  onShowAbout() {
    this.setData({ aboutShown: true })
  },
  onAboutConfirm() {
    this.setData({ aboutShown: false })
    my.setClipboard({
      text: 'http://s.example.cn/k8Qz',
      success() {
        my.showToast({ content: '商家版 APK 下载地址已复制，请在浏览器中打开' })
      }
    })
  }
})
