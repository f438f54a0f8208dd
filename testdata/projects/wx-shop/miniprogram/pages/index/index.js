const { request } = require('../../utils/request')

Page({
  data: {
    banners: [],
    goods: [],
    page: 1,
    loading: false,
    noMore: false
  },

  onLoad() {
    this.loadBanners()
    this.loadGoods()
  },

  onPullDownRefresh() {
    this.setData({ page: 1, goods: [], noMore: false })
    this.loadGoods().then(() => wx.stopPullDownRefresh())
  },

  onReachBottom() {
    if (!this.data.noMore) {
      this.loadGoods()
    }
  },

  loadBanners() {
    return request({ url: '/api/banners' }).then((list) => {
      this.setData({ banners: list })
    }).catch(() => {
      wx.showToast({ title: '轮播图加载失败', icon: 'none' })
    })
  },

  loadGoods() {
    if (this.data.loading) return Promise.resolve()
    this.setData({ loading: true })
    return request({ url: '/api/goods', data: { page: this.data.page } }).then((list) => {
      this.setData({
        goods: this.data.goods.concat(list),
        page: this.data.page + 1,
        noMore: list.length === 0
      })
    }).catch(() => {
      wx.showToast({ title: '商品加载失败，请下拉重试', icon: 'none' })
    }).finally(() => {
      this.setData({ loading: false })
    })
  },

  onBannerTap(e) {
    getApp().globalData.bannerId = e.currentTarget.dataset.id
    wx.switchTab({ url: '/pages/category/category' }) // a tab page: switchTab, no query
  },

  onGoodsTap(e) {
    const id = e.currentTarget.dataset.id
    wx.navigateTo({ url: '/packageOrder/pages/detail/detail?goodsId=' + id })
  }
})
