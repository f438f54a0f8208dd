const API = 'https://api.example.com'

Page({
  data: { images: [] },
  onChoose() {
    wx.chooseMedia({
      count: 9,
      mediaType: ['image'],
      success: (res) => {
        res.tempFiles.forEach((f) => this.upload(f.tempFilePath))
      }
    })
  },
  upload(filePath) {
    wx.uploadFile({ url: API + '/post/image', filePath, name: 'file' })
  }
})
