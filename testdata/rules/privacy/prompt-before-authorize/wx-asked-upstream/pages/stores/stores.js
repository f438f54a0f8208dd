const geo = require('../../utils/geo')
const nav = require('../../utils/nav')

Page({
  data: { stores: [] },
  onLoad() {
    geo.here().then((p) => this.loadStores(p)).catch(() => this.loadStores(null))
  },
  loadStores(p) {
    const q = p ? `?lat=${p.latitude}&lng=${p.longitude}` : ''
    wx.request({ url: 'https://api.example-bakery.cn/stores' + q, success: (res) => this.setData({ stores: res.data }) })
  },
  openStore(e) {
    wx.navigateTo({ url: '/pages/store/store?id=' + e.currentTarget.dataset.id })
  },
  openEvent() {
    wx.navigateTo({ url: '/pages/event/event' })
  },
  openCoupon() {
    wx.navigateTo({ url: '/pages/coupon/coupon' })
  },
  openReceipt(e) {
    nav.toReceipt(e.currentTarget.dataset.order)
  },
  openDeal() {
    wx.navigateTo({ url: '/pages/deal/deal' })
  }
})
