Page({
  onTapVip() {
    wx.showToast({ title: '🙏 功能暂未开放', icon: 'none' })
  }
})
