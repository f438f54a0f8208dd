import { request } from '../../utils/env'

Page({
  data: { goods: [], notice: '' },
  onLoad() {
    wx.request({
      url: request.apiBase + '/goods/today',
      success: (res) => this.setData({ goods: res.data })
    })
    wx.request({
      url: request.baseUrl + '/notice/latest',
      success: (res) => this.setData({ notice: res.data.text })
    })
  },
  onShareAppMessage() {
    return { title: '今日团购', imageUrl: request.imageHost + '/share.png' }
  }
})
