// 车队页：显示时启动轮询，轮询经由工具函数取位置
const geo = require('../../utils/geo.js')

Page({
  data: { here: null },
  onShow() {
    this.poll = setInterval(() => geo.refreshHere(this), 8000)
  },
  onHide() {
    clearInterval(this.poll)
  },
  onShareAppMessage() {
    return { title: '跑团车队实时位置' }
  }
})
