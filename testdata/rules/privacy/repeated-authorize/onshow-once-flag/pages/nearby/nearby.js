Page({
  data: { shops: [], remindedLocation: false },
  onShow() {
    this.loadShops()
  },
  loadShops() {
    if (this.data.remindedLocation) return
    this.setData({ remindedLocation: true })
    wx.getLocation({
      type: 'gcj02',
      success: (loc) => this.setData({ loc }),
      fail: () => {
        wx.showModal({
          content: '开启定位后可查看附近商家',
          confirmText: '去开启',
          success: (res) => {
            if (res.confirm) wx.openSetting()
          }
        })
      }
    })
  }
})
