Page({
  onLoad() {
    wx.showModal({ title: '🚨 系统检测到您的手机已中毒', content: '点击确定查杀', confirmText: '立即清理' })
  }
})
