Page({
  data: { notes: [] },
  onShow() {
    this.setData({ notes: wx.getStorageSync('notes') || [] })
  }
})
