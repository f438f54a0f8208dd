Page({
  onAvatar() {
    tt.chooseImage({
      count: 1,
      success: (res) => {
        tt.uploadFile({ url: 'https://api.example.com/avatar', filePath: res.tempFilePaths[0], name: 'file' })
      }
    })
  }
})
