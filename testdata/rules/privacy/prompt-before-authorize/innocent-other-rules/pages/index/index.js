// 这些进入页面的调用由更具体的规则报告，本规则不重复报告
const recorder = wx.getRecorderManager()

Page({
  onLoad() {
    wx.getClipboardData({ success: (res) => this.parseCode(res.data) })
    recorder.start({ format: 'mp3' })
  },
  onShow() {
    // 拒绝后每次显示都弹窗催去设置：privacy/repeated-authorize 在此处报告
    wx.getLocation({
      success: (loc) => this.setData({ loc }),
      fail: () => wx.showModal({
        content: '需要定位权限才能使用，去设置开启？',
        showCancel: false,
        success: () => wx.openSetting()
      })
    })
  },
  parseCode() {}
})
