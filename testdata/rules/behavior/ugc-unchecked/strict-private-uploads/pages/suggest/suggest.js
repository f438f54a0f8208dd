// Screenshots attached to a suggestion for the team, never shown to
// other users.
Page({
  onAttachShot() {
    wx.chooseImage({ count: 1, success: (res) => this.sendFeedbackShot(res.tempFilePaths[0]) })
  },
  sendFeedbackShot(filePath) {
    wx.uploadFile({ url: 'https://api.example.com/support/shot', filePath, name: 'file' })
  }
})
