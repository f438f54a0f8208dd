Page({
  data: {
    services: [
      { title: '我的订单', icon: 'order', url: '/pages/orders/list/list' },
      { title: '宿舍报修', icon: 'repair', url: '/pages/repair/index/index' },
      { title: '失物招领', icon: 'search', url: '/pages/lost/index/index?from=home' }
    ]
  },
  onService(e) {
    const item = this.data.services[e.currentTarget.dataset.index]
    wx.navigateTo({ url: item.url })
  },
  onAllOrders() {
    // "order" for "orders": the route app.json registers is pages/orders/list/list
    wx.navigateTo({ url: '/pages/order/list/list?status=all' })
  }
})
