Page({
  onShow() {
    // every show: a refusal ends in the settings dialog again
    wx.authorize({
      scope: 'scope.writePhotosAlbum',
      success: () => this.setData({ ready: true }),
      fail: () => {
        wx.showModal({
          title: '无法保存',
          content: '请在设置中允许访问相册',
          showCancel: false,
          success: () => wx.openSetting()
        })
      }
    })
  }
})
