let remindCount = 0

Page({
  onShow() {
    if (remindCount === 0) {
      this.locate()
      remindCount = 1
    }
  },
  locate() {
    wx.getLocation({
      type: 'gcj02',
      success: (loc) => this.setData({ loc }),
      fail: () => {
        wx.showModal({
          content: '打卡需要定位，去设置开启？',
          success: (res) => res.confirm && wx.openSetting()
        })
      }
    })
  }
})
