Page({
  onShow() {
    tt.authorize({
      scope: 'scope.album',
      success: () => this.setData({ canSave: true }),
      fail: () => {
        tt.showModal({
          title: '提示',
          content: '需要相册权限，请到设置中开启',
          showCancel: false,
          success: () => tt.openSetting()
        })
      }
    })
  }
})
