// The travel square everyone browses (and shares on): an upload here is
// published, whatever the album section of the app is called.
Page({
  data: { shots: [] },
  onShare() {
    wx.chooseImage({
      success: (res) => {
        wx.uploadFile({ url: 'https://api.example.com/square/shots', filePath: res.tempFilePaths[0], name: 'file' })
      }
    })
  },
  onShareAppMessage() {
    return { title: '旅行广场' }
  }
})
