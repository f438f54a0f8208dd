Page({
  data: {
    cards: [
      { id: 'news', title: '社区新闻' },
      { id: 'market', title: '二手市场' }
    ]
  },
  useTool(e) {
    const name = e.currentTarget.dataset.name
    switch (name) {
      case 'scan':
        wx.scanCode({ success: (res) => this.setData({ code: res.result }) })
        break
      default:
        wx.showToast({ title: '功能开发中', icon: 'none' })
    }
  },
  openCard(e) {
    switch (e.currentTarget.dataset.id) {
      case 'news':
        wx.navigateTo({ url: '/pages/service/service' })
        break
      default:
        wx.showToast({ title: '敬请期待', icon: 'none' })
    }
  }
})
