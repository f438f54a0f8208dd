Page({
  onPick() {
    wx.chooseMedia({
      count: 3,
      mediaType: ['image'],
      success: (res) => {
        wx.uploadFile({
          url: 'https://api.kangning.example.com/consult/image',
          filePath: res.tempFiles[0].tempFilePath,
          name: 'file'
        })
      }
    })
  },
  onSubmit(e) {
    wx.request({
      url: 'https://api.kangning.example.com/consult',
      method: 'POST',
      data: e.detail.value,
      success: () => wx.showToast({ title: '已提交' })
    })
  }
})
