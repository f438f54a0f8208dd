const geo = require('../../utils/geo')

Page({
  data: { goods: null },
  onLoad(query) {
    wx.request({ url: 'https://api.example-bakery.cn/goods/' + query.id, success: (res) => this.setData({ goods: res.data }) })
  },
  async onBuyTap() {
    try {
      await geo.here()
    } catch (e) {
      wx.showToast({ title: '可在结算页手动填写地址', icon: 'none' })
    }
    wx.navigateTo({ url: '/pages/checkout/checkout?id=' + this.data.goods.id })
  },
  onShareAppMessage() {
    return { title: this.data.goods ? this.data.goods.name : '好吃的面包' }
  }
})
