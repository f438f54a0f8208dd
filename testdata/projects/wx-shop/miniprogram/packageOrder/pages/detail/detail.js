const { request } = require('../../../utils/request')

Page({
  data: { order: null },

  onLoad(query) {
    request({ url: '/api/orders/' + query.id }).then((order) => {
      this.setData({ order })
    }).catch(() => {
      wx.showToast({ title: '订单加载失败', icon: 'none' })
    })
  }
})
