App({
  globalData: { photo: '' },
  // a helper every page may use: picking a photo opens the album
  pickPhoto() {
    return new Promise((resolve) => {
      wx.chooseMedia({ count: 1, mediaType: ['image'], success: (res) => resolve(res.tempFiles[0]) })
    })
  }
})
