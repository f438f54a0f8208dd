App({
  globalData: { onApple: false, auditing: false },
  onLaunch() {
    const info = wx.getSystemInfoSync()
    const onApple = /ios/i.test(info.system)
    this.globalData.onApple = onApple
  }
})
