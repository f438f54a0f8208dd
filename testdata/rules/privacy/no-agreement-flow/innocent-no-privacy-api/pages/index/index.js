Page({
  onLoad() {
    wx.request({ url: 'https://api.xiaoxian.cn/goods' })
    wx.showToast({ title: '欢迎光临🍉' })
  }
})
