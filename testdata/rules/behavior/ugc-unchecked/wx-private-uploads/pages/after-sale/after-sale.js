// Photos of a damaged parcel, sent to the after-sale desk with the return
// request: only the operator sees them.
Page({
  onAddProof() {
    wx.chooseImage({
      count: 3,
      success: (res) => {
        wx.uploadFile({ url: 'https://api.example.com/returns/photo', filePath: res.tempFilePaths[0], name: 'file' })
      }
    })
  }
})
