Page({
  data: {
    links: [{ tag: 'help', label: '帮助' }]
  },
  onLoad() {
    wx.request({
      url: 'https://api.example.com/wallet/links',
      success: (res) => this.setData({ links: res.data.links })
    })
  },
  onItem(e) {
    const { tag } = e.currentTarget.dataset
    switch (tag) {
      case 'bill':
        wx.navigateTo({ url: '/pages/service/service' })
        break
      default:
        wx.showToast({ title: '暂未开放', icon: 'none' })
    }
  },
  onLink(e) {
    const { tag } = e.currentTarget.dataset
    switch (tag) {
      case 'help':
        wx.navigateTo({ url: '/pages/tools/tools' })
        break
      default:
        wx.showToast({ title: '即将上线', icon: 'none' })
    }
  }
})
