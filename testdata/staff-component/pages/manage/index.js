Page({
  data: { role: 'reader', profile: {}, shelves: [] },
  onShow() {
    const account = wx.getStorageSync('account') || {}
    this.setData({ role: account.role || 'reader', profile: account })
    wx.request({
      url: 'https://library.example.com/api/shelves',
      success: (res) => this.setData({ shelves: res.data.list || [] })
    })
  },
  onAddBook() {
    wx.navigateTo({ url: '/pages/book-edit/index' })
  },
  openShelfEditor() {
    wx.navigateTo({ url: '/pages/shelf-edit/index' })
  }
})
