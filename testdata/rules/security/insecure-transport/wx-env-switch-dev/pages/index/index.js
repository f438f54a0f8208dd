const config = require('../../config/index')

Page({
  data: { books: [] },
  onLoad() {
    wx.request({
      url: config.apiRoot + '/books/recommend',
      success: (res) => this.setData({ books: res.data.list })
    })
  }
})
