Page({
  data: { reports: [] },
  onLoad() {
    wx.showToast({ title: '操作演示已开始', icon: 'none' })
  }
})
