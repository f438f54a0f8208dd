const app = getApp()

Page({
  data: {
    rows: [
      { label: '晒单评价', tap: 'toReview', visible: true },
      { label: '商品管理', tap: 'manage', visible: false },
      { label: '关于我们', tap: 'about', visible: true }
    ]
  },
  onShow() {
    this.setData({ 'rows[1].visible': app.globalData.isManager })
  },
  toReview() {
    wx.navigateTo({ url: '/pages/review/review' })
  },
  manage() {
    wx.navigateTo({ url: '/pages/manage/manage' })
  },
  about() {
    wx.showModal({ title: '关于', content: '文具小铺 v1.2', showCancel: false })
  }
})
