Page({
  data: { images: [] },
  addPhotos() {
    wx.chooseImage({
      count: 9,
      success: (res) => this.setData({ images: res.tempFilePaths })
    })
  },
  addVideo() {
    wx.chooseMedia({ count: 1, mediaType: ['video'] })
  }
})
