// 系统检测到网络异常时重试
Page({
  data: { type: '' },
  onRetry() {
    wx.showToast({ title: '网络不太好，请稍后再试', icon: 'none' })
  }
})
