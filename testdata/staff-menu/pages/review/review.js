const app = getApp()

Page({
  data: { words: '', photos: [] },
  onInput(e) {
    this.setData({ words: e.detail.value })
  },
  onPhoto() {
    wx.chooseImage({
      count: 3,
      success: (res) => this.setData({ photos: res.tempFilePaths })
    })
  },
  onSend() {
    wx.request({
      url: app.globalData.host + '/reviews',
      method: 'POST',
      data: { content: this.data.words, photos: this.data.photos },
      success: () => {
        wx.showToast({ title: '评价已发布' })
        wx.navigateBack()
      }
    })
  }
})
