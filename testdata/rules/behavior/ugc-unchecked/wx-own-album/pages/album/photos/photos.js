// One of the user's own albums (the section is 我的相册): the photos are
// kept under the user's own space, no text goes with them and the page is
// never shared, so nothing is published to others. Silent in the
// recommended profile; strict reports the upload as the user's own.
Page({
  data: { id: '', photos: [] },
  onLoad(q) {
    this.setData({ id: q.id })
  },
  onAddPhotos() {
    wx.chooseMedia({
      success: (res) => {
        wx.uploadFile({ url: 'https://api.example.com/me/albums/' + this.data.id, filePath: res.tempFiles[0].tempFilePath, name: 'file' })
      }
    })
  }
})
