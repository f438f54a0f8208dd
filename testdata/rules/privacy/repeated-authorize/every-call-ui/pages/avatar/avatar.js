Page({
  data: { avatar: '' },
  onShow() {
    if (!this.data.avatar) {
      wx.chooseMedia({
        count: 1,
        mediaType: ['image'],
        success: (res) => this.setData({ avatar: res.tempFiles[0].tempFilePath })
      })
    }
  },
  onChangeTap() {
    wx.chooseMedia({ count: 1, mediaType: ['image'], success: (res) => this.setData({ avatar: res.tempFiles[0].tempFilePath }) })
  }
})
