// A review with photos after an order: shown on the product page to every
// shopper, even though the page also links to refunds and after-sale.
Page({
  onPickPhotos() {
    wx.chooseImage({
      success: (res) => {
        wx.uploadFile({ url: 'https://api.example.com/files/put', filePath: res.tempFilePaths[0], name: 'file' })
      }
    })
  }
})
