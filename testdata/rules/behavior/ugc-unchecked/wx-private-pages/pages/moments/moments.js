// Photos posted to the public moments feed: everyone sees them.
Page({
  onAddPhotos() {
    wx.chooseImage({
      success: (res) => {
        wx.uploadFile({ url: 'https://api.example.com/moments/photo', filePath: res.tempFilePaths[0], name: 'file' })
      }
    })
  }
})
