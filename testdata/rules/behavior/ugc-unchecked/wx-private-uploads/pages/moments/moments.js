// Photos posted to the public moments feed: everyone sees them, so a
// reviewer expects a check.
Page({
  onAddPhotos() {
    wx.chooseMedia({
      mediaType: ['image'],
      success: (res) => {
        wx.uploadFile({ url: 'https://api.example.com/moments/photo', filePath: res.tempFiles[0].tempFilePath, name: 'file' })
      }
    })
  }
})
