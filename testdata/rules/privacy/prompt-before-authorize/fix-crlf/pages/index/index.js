Page({
  onLoad() {
    this.setData({ loading: true })
    wx.chooseImage({ count: 1, success: (res) => this.setData({ cover: res.tempFilePaths[0] }) })
  }
})
