const shared = require('../../mixins/detail')

Page({
  ...shared.detail,
  data: { lat: 0, lng: 0, slots: [] },
  onBookTap(e) {
    wx.navigateTo({ url: '/pages/nearby/nearby?slot=' + e.currentTarget.dataset.slot })
  }
})
