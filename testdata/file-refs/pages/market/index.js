import connect from '../../store/connect'

Page(connect({
  data: { stalls: [] },
  onLoad() {
    wx.request({
      url: 'https://api.xiaoyuan-market.cn/stalls',
      success: (res) => this.setData({ stalls: res.data.list || [] })
    })
  },
  addToBasket(e) {
    this.store.add(e.currentTarget.dataset.id)
    wx.showToast({ title: '已加入菜篮', icon: 'none' })
  }
}))
