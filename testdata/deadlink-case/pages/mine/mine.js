Page({
  data: {},
  onMenu(e) {
    const { tag } = e.currentTarget.dataset
    switch (tag) {
      case 'orders':
        wx.navigateTo({ url: '/pages/orders/orders' })
        break
      case 'team':
        wx.navigateTo({ url: '/pages/team/team' })
        break
      case 'help':
        this.setData({ from: 'help' })
      case 'faq':
        wx.navigateTo({ url: '/pages/faq/faq' })
        break
    }
  }
})
