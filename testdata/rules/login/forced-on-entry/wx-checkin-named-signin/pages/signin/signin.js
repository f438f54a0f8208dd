Page({
  data: { days: 0 },
  onTapCheckIn() {
    wx.showToast({ title: '请先登录' })
  }
})
