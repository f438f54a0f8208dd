const app = getApp()

Page({
  data: { id: 0, name: '', intro: '', cover: '' },
  onLoad(q) {
    this.setData({ id: Number(q.id) || 0 })
  },
  onName(e) {
    this.setData({ name: e.detail.value })
  },
  onIntro(e) {
    this.setData({ intro: e.detail.value })
  },
  onCover() {
    wx.chooseImage({
      count: 1,
      success: (res) => this.setData({ cover: res.tempFilePaths[0] })
    })
  },
  onSave() {
    wx.uploadFile({
      url: app.globalData.host + '/manage/cover',
      filePath: this.data.cover,
      name: 'file',
      success: (up) => {
        wx.request({
          url: app.globalData.host + '/manage/',
          method: 'POST',
          header: { token: app.globalData.token },
          data: { id: this.data.id, name: this.data.name, intro: this.data.intro, cover: JSON.parse(up.data).url },
          success: () => wx.navigateBack()
        })
      }
    })
  }
})
