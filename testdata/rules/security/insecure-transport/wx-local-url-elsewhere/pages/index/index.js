const { fetch, shopPage } = require('../../utils/fetch')

Page({
  data: { breads: [], link: '' },
  onLoad() {
    fetch('breads/today').then((d) => this.setData({ breads: d.list }))
    this.setData({ link: shopPage('main') })
  },
  copyLink() {
    wx.setClipboardData({ data: this.data.link })
  }
})
