import { post, upload } from '../../api/http'

// The workers' circle: a post with photos that every worker of the site
// reads. Checking the form before sending is no verification of anyone,
// and a presigned upload is no resignation.
Page({
  data: { text: '', photos: [] },
  onText(e) {
    this.setData({ text: e.detail.value })
  },
  onAddPhoto() {
    wx.chooseMedia({
      count: 9,
      mediaType: ['image'],
      success: (res) => this.uploadWithPresignedUrl(res.tempFiles.map((f) => f.tempFilePath))
    })
  },
  uploadWithPresignedUrl(paths) {
    paths.forEach((p) => upload('/moment/photo', p).then((r) => this.setData({ photos: this.data.photos.concat(r.url) })))
  },
  verifyForm() {
    return this.data.text.trim().length > 0
  },
  onPublish() {
    if (!this.verifyForm()) return
    post('/moment/create', { text: this.data.text, photos: this.data.photos })
  }
})
