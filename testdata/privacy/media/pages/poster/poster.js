Page({
  save() {
    wx.showModal({
      title: '保存海报',
      content: '保存海报到相册，方便你分享给好友',
      success(res) {
        if (res.confirm) {
          wx.saveImageToPhotosAlbum({ filePath: 'poster.png' })
        }
      }
    })
  }
})
