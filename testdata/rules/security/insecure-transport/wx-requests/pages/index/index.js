const request = require('../../utils/request')
const app = getApp()

Page({
  data: { banner: '' },
  onLoad() {
    wx.request({ url: 'http://api.xianguo.example.com/banner', success: (res) => this.setData({ banner: res.data.url }) })
    wx.downloadFile({ url: app.globalData.imgHost + '/poster.png' })
    const id = 7
    wx.uploadFile({ url: `http://upload.xianguo.example.com/avatar/${id}`, filePath: '', name: 'file' })
  },
  onChat() {
    this.socket = wx.connectSocket({ url: 'ws://chat.xianguo.example.com/ws' })
  },
  onReport() {
    // 🧾 对账服务跑在 8080 端口
    wx.request({ url: 'http://report.xianguo.example.com:8080/daily' })
  }
})
