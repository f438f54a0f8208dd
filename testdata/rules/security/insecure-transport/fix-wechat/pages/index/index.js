const BASE_URL = 'http://api.xianguo.example.com'

Page({
  onLoad() {
    // 🍉 首页数据
    wx.request({ url: BASE_URL + '/home' })
    wx.connectSocket({ url: 'ws://chat.xianguo.example.com/ws' })
    wx.request({ url: `http://api.xianguo.example.com/goods/${1}` })
  }
})
