Page({
  data: { photos: [] },
  addPhoto() {
    wx.chooseMedia({
      count: 9,
      mediaType: ['image'],
      success: (res) => this.setData({ photos: res.tempFiles.map((f) => f.tempFilePath) })
    })
  }
})
