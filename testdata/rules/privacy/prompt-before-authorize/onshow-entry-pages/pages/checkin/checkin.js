// 签到页：先说明为什么要位置，用户点了同意才定位
Page({
  data: { where: '' },
  onShow() {
    wx.showModal({
      title: '开启定位',
      content: '签到需要确认你在门店附近，我们会读取一次你的位置，仅用于本次签到。',
      success: (res) => {
        if (res.confirm) {
          wx.getLocation({ type: 'gcj02', success: (loc) => this.setData({ where: loc.latitude + ',' + loc.longitude }) })
        }
      }
    })
  }
})
