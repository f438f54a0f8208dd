const app = getApp()

Page({
  data: {
    entries: [
      { name: '全部商品', url: '/pages/goods/list/list' },
      { name: '购物车', url: '/pkgShop/cart/cart' },
      { name: '官方公众号文章', url: '/pages/web/web?src=https://mp.weixin.qq.com/s/abc' }
    ],
    partners: [
      { name: '积分商城', appId: 'wx5e8f1a2c3d4b6079', path: 'pages/mall/index' }
    ],
    banner: '/pages/index/banner.png'
  },
  onEntry(e) {
    wx.navigateTo({ url: e.currentTarget.dataset.url })
  },
  openPartner(e) {
    const p = this.data.partners[e.currentTarget.dataset.index]
    wx.navigateToMiniProgram({ appId: p.appId, path: p.path })
  },
  openCategory(e) {
    const kind = e.currentTarget.dataset.kind
    wx.navigateTo({ url: '/pages/' + kind + '/index' })
  },
  openTopic(e) {
    wx.navigateTo({ url: `/pages/topic/${e.currentTarget.dataset.id}/index` })
  },
  openLive() {
    wx.navigateTo({ url: 'plugin-private://wx2b03c6e691cd7370/pages/live-player-plugin?room_id=12' })
  },
  openMine() {
    wx.switchTab({ url: '/pages/mine/mine' })
  },
  openPay() {
    wx.navigateTo({ url: '/pkgShop/pay/pay?amount=' + app.globalData.amount })
  },
  reload() {
    // the index tab opening itself: nothing moves, nothing breaks
    wx.reLaunch({ url: '/pages/index/index' })
  },
  oldEntry() {
    // bound nowhere, called by nobody: the route it names is gone
    wx.navigateTo({ url: '/pages/lottery/lottery' })
  }
})
