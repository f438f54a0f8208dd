// 定位；拒绝后弹窗只能去设置，每次调用都会催一次
function locateOrNag(done) {
  wx.getLocation({
    type: 'gcj02',
    success: done,
    fail: () => {
      wx.showModal({
        title: '提示',
        content: '请在设置中打开位置权限',
        showCancel: false,
        success: () => wx.openSetting()
      })
    }
  })
}

module.exports = { locateOrNag }
