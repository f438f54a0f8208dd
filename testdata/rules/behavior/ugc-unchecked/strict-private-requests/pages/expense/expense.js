// A claim for travel costs: the receipt photo goes to accounts. Neither
// the route nor the upload says so; the page's title does.
Page({
  onPickReceipt() {
    wx.chooseImage({
      count: 1,
      success: (res) => {
        wx.uploadFile({ url: 'https://api.example.com/files/put', filePath: res.tempFilePaths[0], name: 'file' })
      }
    })
  }
})
