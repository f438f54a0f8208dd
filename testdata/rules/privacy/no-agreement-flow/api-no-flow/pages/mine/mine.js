Page({
  onAvatarTap() {
    wx.chooseMedia({ count: 1, mediaType: ['image'], success: (res) => this.upload(res.tempFiles[0]) })
  },
  onSaveTap() {
    wx.saveImageToPhotosAlbum({ filePath: this.data.poster })
  },
  upload() {}
})
