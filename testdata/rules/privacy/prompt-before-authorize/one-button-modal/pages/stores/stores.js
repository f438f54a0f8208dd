// A dialog with only 确定 (showCancel: false) that says what is asked for
// and why: its success runs after the user has read it and tapped, so the
// location asked there, or in the helper it calls, comes after the
// explanation.
Page({
  data: { stores: [] },
  onLoad() {
    wx.showModal({
      title: '温馨提示',
      content: '接下来会请求你的位置信息，用于按距离排列附近的门店',
      showCancel: false,
      confirmText: '知道了',
      success: () => {
        wx.getLocation({ type: 'gcj02', success: (loc) => this.loadStores(loc) })
      }
    })
  },
  onReady() {
    wx.showModal({
      title: '定位说明',
      content: '我们会获取你的位置，用于计算配送距离',
      showCancel: false,
      success: () => this.locateForDelivery()
    })
  },
  locateForDelivery() {
    wx.getLocation({ type: 'gcj02', success: (loc) => this.setData({ deliveryFrom: loc }) })
  },
  loadStores(loc) {
    this.setData({ center: loc })
  }
})
