Page({
  data: { goods: null, sku: null },

  onLoad(query) {
    if (!query.id) return
    tt.request({
      url: 'https://api.xiaoxian.example.com/goods/' + query.id,
      success: (res) => this.setData({ goods: res.data }),
      fail: () => tt.showToast({ title: '商品加载失败', icon: 'none' })
    })
  },

  onSku(e) {
    this.setData({ sku: e.detail })
  },

  onAdd() {
    if (!this.data.sku) {
      tt.showToast({ title: '请选择规格', icon: 'none' })
      return
    }
    tt.showToast({ title: '已加入购物车' })
  }
})
