const app = getApp()

Page({
  data: { entries: [] },
  onLoad() {
    const profile = app.globalData.profile || {}
    const entries = [{ text: '我的报修', url: '/pages/orders/list' }]
    if (profile.userType === 'member') {
      entries.push({ text: '会员权益', url: '/pages/work/vip' })
    }
    this.setData({ entries })
  },
  open(e) {
    wx.navigateTo({ url: e.currentTarget.dataset.url })
  }
})
