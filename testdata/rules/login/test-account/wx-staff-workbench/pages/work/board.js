const app = getApp()

Page({
  data: { entries: [] },
  onLoad() {
    const profile = app.globalData.profile || {}
    const entries = []
    if (profile.role === 'dispatcher') {
      entries.push({ text: '派单中心', url: '/pages/work/dispatch' })
    }
    this.setData({ entries })
  },
  open(e) {
    wx.navigateTo({ url: e.currentTarget.dataset.url })
  }
})
