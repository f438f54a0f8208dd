const { liveUrl } = require('../../config/index')

Page({
  onLoad() {
    this.task = wx.connectSocket({ url: liveUrl })
  },
  onUnload() {
    this.task && this.task.close()
  }
})
