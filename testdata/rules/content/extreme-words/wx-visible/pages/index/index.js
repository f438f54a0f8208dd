Page({
  data: { list: [] },
  onTapBuy() {
    wx.showToast({ title: '🎉 销量第一的爆款', icon: 'none' })
  }
})
