const render = require('../../towxml/index')

const NOTICE_API = 'http://cms.linli.example.com/notice'

Page({
  data: { article: {} },
  onLoad() {
    wx.request({
      url: NOTICE_API,
      success: (res) => this.setData({ article: render(res.data as string, 'markdown') }),
    })
  },
})
