Page({
  data: { cardImage: '' },
  onSaveCard() {
    if (!this.data.cardImage) return
    wx.authorize({
      scope: 'scope.writePhotosAlbum',
      success: () => this.writeCard(),
      fail: () => {
        // one dialog per tap, and it only opens the settings page
        wx.showModal({
          title: '无法保存',
          content: '请在设置中允许访问相册后再保存',
          showCancel: false,
          success: (res) => {
            if (res.confirm) wx.openSetting()
          }
        })
      }
    })
  },
  writeCard() {
    wx.saveImageToPhotosAlbum({
      filePath: this.data.cardImage,
      success: () => wx.showToast({ title: '已保存' })
    })
  }
})
