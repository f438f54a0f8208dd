Page({
  data: { desc: '', photos: [] },
  onDesc(e) {
    this.setData({ desc: e.detail.value })
  },
  addPhoto() {
    wx.chooseMedia({
      count: 6,
      mediaType: ['image', 'video'],
      sourceType: ['album', 'camera'],
      success: (res) => {
        this.setData({ photos: this.data.photos.concat(res.tempFiles.map((f) => f.tempFilePath)) })
      }
    })
  },
  submit() {
    wx.request({
      url: 'https://api.qingsong.cn/repair',
      method: 'POST',
      data: { desc: this.data.desc, photos: this.data.photos }
    })
  }
})
