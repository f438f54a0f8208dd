Page({
  data: { books: [] },

  onSearch(e) {
    wx.request({
      url: 'https://lib.campus.example.com/api/search',
      data: { q: e.detail.value },
      success: (res) => this.setData({ books: res.data.books || [] }),
      fail: () => wx.showToast({ title: '检索失败', icon: 'none' })
    })
  }
})
