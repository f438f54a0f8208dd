Page({
  onShow() {
    // 防止重复进入，离开页面时又清掉：每次显示都会再来一次
    if (this.checking) return
    this.checking = true
    wx.authorize({
      scope: 'scope.camera',
      fail: () => {
        wx.showModal({
          content: '扫码需要相机权限，去设置开启？',
          success: (res) => {
            if (res.confirm) wx.openSetting()
          }
        })
      }
    })
  },
  onHide() {
    this.checking = false
  }
})
