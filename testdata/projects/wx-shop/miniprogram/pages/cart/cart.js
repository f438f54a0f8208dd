const { request } = require('../../utils/request')

Page({
  data: { items: [], total: 0 },

  onShow() {
    request({ url: '/api/cart' }).then((items) => {
      this.setData({ items, total: this.sum(items) })
    }).catch(() => {})
  },

  sum(items) {
    return items.reduce((s, it) => s + it.price * it.count, 0)
  },

  onPlus(e) { this.change(e.currentTarget.dataset.index, 1) },
  onMinus(e) { this.change(e.currentTarget.dataset.index, -1) },

  change(index, delta) {
    const items = this.data.items.slice()
    const next = items[index].count + delta
    if (next < 1) return
    items[index] = Object.assign({}, items[index], { count: next })
    this.setData({ items, total: this.sum(items) })
  },

  onCheckout() {
    wx.navigateTo({ url: '/packageOrder/pages/list/list?from=cart' })
  }
})
