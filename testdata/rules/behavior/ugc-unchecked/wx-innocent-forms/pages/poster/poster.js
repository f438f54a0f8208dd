Page({
  onSave() {
    wx.canvasToTempFilePath({
      canvasId: 'poster',
      success: (res) => wx.uploadFile({ url: 'https://api.example.com/poster', filePath: res.tempFilePath, name: 'file' })
    })
  }
})
