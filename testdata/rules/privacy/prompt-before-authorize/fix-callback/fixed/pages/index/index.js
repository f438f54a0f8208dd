Page({
  data: { stores: [] },
  onLoad() {
    wx.showModal({
      title: '授权提示',
      content: '需要获取你的位置信息，用于为你显示附近的门店和距离。',
      success: (res) => {
        if (res.confirm) {
          wx.getLocation({
            type: 'gcj02',
            success: (res) => this.loadStores(res),
            fail: () => this.setData({ stores: [] })
          })
        }
      }
    })
  },
  loadStores() {}
})
