const { request } = require('../../../utils/request')

Page({
  data: {
    tabs: [
      { key: 'all', label: '全部' },
      { key: 'unpaid', label: '待付款' },
      { key: 'shipping', label: '待收货' },
      { key: 'done', label: '已完成' }
    ],
    active: 'all',
    orders: []
  },

  onLoad() {
    this.load()
  },

  onTab(e) {
    this.setData({ active: e.currentTarget.dataset.key })
    this.load()
  },

  load() {
    request({ url: '/api/orders', data: { status: this.data.active } }).then((orders) => {
      this.setData({ orders })
    }).catch(() => {})
  }
})
