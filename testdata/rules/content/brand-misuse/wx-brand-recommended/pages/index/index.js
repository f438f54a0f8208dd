Page({
  onShareTap() {
    wx.showToast({ title: '✅ 已分享到微信', icon: 'none' })
  }
})
