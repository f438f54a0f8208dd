Page({
  data: {
    list: []
  },

  onLoad() {
    tt.request({
      url: 'https://api.xiaoxian.example.com/goods/today',
      success: (res) => {
        this.setData({ list: res.data.list || [] })
      },
      fail: () => {
        tt.showToast({ title: '加载失败，请稍后再试', icon: 'none' })
      }
    })
  },

  onSearch() {
    tt.navigateTo({ url: '/pages/detail/detail?mode=search' })
  },

  onItemTap(e) {
    tt.navigateTo({ url: '/pages/detail/detail?id=' + e.currentTarget.dataset.id })
  }
})
