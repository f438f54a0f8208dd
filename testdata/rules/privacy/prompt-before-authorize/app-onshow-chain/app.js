App({
  onShow() {
    this.ensureLocation()
  },
  ensureLocation() {
    if (!this.globalData.where) {
      wx.getLocation({ type: 'gcj02', success: (res) => (this.globalData.where = res) })
    }
  },
  globalData: { where: null }
})
