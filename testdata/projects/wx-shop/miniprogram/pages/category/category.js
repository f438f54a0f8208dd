const { request } = require('../../utils/request')

Page({
  data: { cates: [], current: 0, goods: [] },

  onLoad() {
    request({ url: '/api/categories' }).then((cates) => {
      this.setData({ cates, current: cates.length ? cates[0].id : 0 })
      if (cates.length) this.loadGoods(cates[0].id)
    }).catch(() => {})
  },

  onSelect(e) {
    const id = e.currentTarget.dataset.id
    this.setData({ current: id })
    this.loadGoods(id)
  },

  loadGoods(cateId) {
    request({ url: '/api/goods', data: { cateId } }).then((goods) => {
      this.setData({ goods })
    }).catch(() => {})
  }
})
