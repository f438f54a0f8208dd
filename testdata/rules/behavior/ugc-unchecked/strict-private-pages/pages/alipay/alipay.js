// A cash-out form: the user's payout QR code goes to the finance desk,
// never to other users. Neither the route nor the upload URL says so;
// the page's title does.
Page({
  data: { amount: '' },
  onPickCode() {
    wx.chooseImage({
      count: 1,
      success: (res) => {
        wx.uploadFile({ url: 'https://api.example.com/files/put', filePath: res.tempFilePaths[0], name: 'file' })
      }
    })
  }
})
