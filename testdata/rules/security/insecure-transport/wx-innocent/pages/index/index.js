const { API_BASE } = require('../../config')

Page({
  data: { link: 'http://www.example.com/article', h5: false },
  onLoad() {
    wx.request({ url: API_BASE + '/banner' })
    wx.request({ url: 'https://api.xianguo.example.com/goods', data: { url: 'http://user-site.example.com' } })
    wx.request({ url: 'http://127.0.0.1:8000/mock' })
    this.setData({ shareUrl: 'http://m.xianguo.example.com/share' })
  }
})
