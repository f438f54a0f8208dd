// 跑团页：进入后轮询队友位置；被拒绝后每次都弹窗催去设置
Page({
  data: { me: null },
  onReady() {
    this.loop = setInterval(this.locate, 10000)
  },
  locate() {
    wx.getLocation({
      type: 'gcj02',
      success: (loc) => this.setData({ me: loc }),
      fail: () => {
        wx.showModal({
          title: '需要定位',
          content: '请打开定位权限查看队友位置',
          showCancel: false,
          success: () => wx.openSetting()
        })
      }
    })
  },
  onUnload() {
    clearInterval(this.loop)
  }
})
