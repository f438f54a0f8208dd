const app = getApp()

Page({
  data: { plan: { price: 30 }, closed: false },
  onShow() {
    this.setData({ closed: app.globalData.reviewing && app.globalData.apple })
  },
  onBuy() {
    tt.navigateTo({ url: '/pages/vip/vip?step=pay' })
  }
})
