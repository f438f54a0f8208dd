Page({
  onLoad() {
    wx.navigateToMiniProgram({ appId: 'wx8f0e1c2d3b4a5968', path: 'pages/index/index' })
  },
  onShow() {
    this.openPartner()
  },
  openPartner() {
    wx.navigateToMiniProgram({ appId: 'wx1a2b3c4d5e6f7081' })
  }
})
