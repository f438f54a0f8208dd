Page({
  data: { reports: [], mode: 'test', title: '测试' },
  onLoad() {
    wx.showToast({ title: '操作演示已开始', icon: 'none' })
  }
})
