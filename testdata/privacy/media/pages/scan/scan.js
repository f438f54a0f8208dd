Page({
  takePhoto() {
    const ctx = wx.createCameraContext()
    ctx.takePhoto({ quality: 'high' })
  }
})
