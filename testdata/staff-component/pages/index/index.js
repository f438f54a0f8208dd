Page({
  data: { books: [] },
  onLoad() {
    wx.request({
      url: 'https://library.example.com/api/books',
      success: (res) => this.setData({ books: res.data.list || [] })
    })
  }
})
