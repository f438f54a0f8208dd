const { locate } = require('./utils/locate.js')

App({
  globalData: { loc: null },
  onLaunch() {
    // 启动时先说明用途，用户同意后才定位
    wx.showModal({
      title: '允许获取位置？',
      content: '用于显示离你最近的门店和配送距离',
      success: (res) => {
        if (res.confirm) {
          locate(this)
        }
      }
    })
  }
})
