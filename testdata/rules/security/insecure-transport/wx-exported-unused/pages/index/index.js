const config = require('../../server.config')

Page({
  data: { notes: [] },
  onLoad() {
    wx.request({
      url: config.apiHost + '/notes',
      success: (res) => this.setData({ notes: res.data })
    })
  },
  pickPhoto() {
    const server = config.uploadServer
    wx.chooseMedia({
      count: 1,
      success: (res) => {
        wx.uploadFile({ url: server + '/upload', filePath: res.tempFiles[0].tempFilePath, name: 'file' })
      }
    })
  }
})
