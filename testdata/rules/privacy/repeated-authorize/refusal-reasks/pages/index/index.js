Page({
  onLocateTap() {
    this.locate()
  },
  locate() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => this.setData({ spot: res }),
      fail: () => {
        // one button, and it asks again: refusing leads back here
        wx.showModal({
          title: '提示',
          content: '不授权定位将无法使用本功能',
          showCancel: false,
          success: () => this.locate()
        })
      }
    })
  },
  onChooseTap() {
    wx.chooseImage({
      count: 1,
      success: (res) => this.setData({ photo: res.tempFilePaths[0] }),
      fail: () => {
        // the user may say no: settings open only on confirm
        wx.showModal({
          content: '去设置里打开相册权限？',
          success: (res) => {
            if (res.confirm) wx.openSetting()
          }
        })
      }
    })
  }
})
