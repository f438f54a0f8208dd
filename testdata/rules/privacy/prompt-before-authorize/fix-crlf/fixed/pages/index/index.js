Page({
  onLoad() {
    this.setData({ loading: true })
    wx.showModal({
      title: '授权提示',
      content: '需要访问你选择的照片或视频，用于上传图片。',
      success: (res) => {
        if (res.confirm) {
          wx.chooseImage({ count: 1, success: (res) => this.setData({ cover: res.tempFilePaths[0] }) })
        }
      }
    })
  }
})
