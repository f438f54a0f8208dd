App({
  onShow() {
    this.ensureLocation()
  },
  ensureLocation() {
    if (!this.globalData.where) {
      wx.getLocation({
        type: 'gcj02',
        success: (res) => (this.globalData.where = res),
        fail: () => this.askForSettings()
      })
    }
  },
  askForSettings() {
    wx.showModal({
      title: '需要定位',
      content: '请在设置中打开位置权限，才能为你推荐附近门店',
      showCancel: false,
      success: () => wx.openSetting()
    })
  },
  globalData: { where: null }
})
