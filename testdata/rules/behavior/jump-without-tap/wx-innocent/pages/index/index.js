Page({
  onLoad() {
    wx.showModal({
      title: '提示',
      content: '即将打开“鲜果商城”小程序',
      success: (res) => {
        if (res.confirm) {
          wx.navigateToMiniProgram({ appId: 'wx8f0e1c2d3b4a5968' })
        }
      }
    })
  },
  onTapPartner() {
    wx.navigateToMiniProgram({ appId: 'wx1a2b3c4d5e6f7081' })
  }
})
