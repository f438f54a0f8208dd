const BASE_URL = 'https://api.xianguo.example.com'

Page({
  onLoad() {
    // 🍉 首页数据
    wx.request({ url: BASE_URL + '/home' })
    wx.connectSocket({ url: 'wss://chat.xianguo.example.com/ws' })
    wx.request({ url: `https://api.xianguo.example.com/goods/${1}` })
  }
})
