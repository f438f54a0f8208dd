Page({
  data: { isIOS: false },
  onLoad() {
    this.setData({ isIOS: wx.getSystemInfoSync().platform === 'ios' })
  }
})
