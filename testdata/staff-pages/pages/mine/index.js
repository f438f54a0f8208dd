Page({
  data: { isAdmin: false },
  onShow() {
    const user = wx.getStorageSync('user') || {}
    this.setData({ isAdmin: !!user.isAdmin })
  },
  openAdmin() {
    if (!this.data.isAdmin) return
    wx.navigateTo({ url: '/pages/admin/index' })
  }
})
