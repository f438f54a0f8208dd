// Swapping a wrong-size item: the photo of what arrived goes to the shop
// with the request. The page's labels say what it is for.
Page({
  data: { photo: '' },
  onPickPhoto() {
    wx.chooseImage({
      count: 1,
      success: (res) => {
        wx.uploadFile({ url: 'https://api.example.com/files/put', filePath: res.tempFilePaths[0], name: 'file' })
      }
    })
  }
})
