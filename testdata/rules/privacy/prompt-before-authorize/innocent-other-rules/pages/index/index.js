// 这些进入页面的调用由更具体的规则报告，本规则不重复报告
const recorder = wx.getRecorderManager()

Page({
  onLoad() {
    wx.getClipboardData({ success: (res) => this.parseCode(res.data) })
    recorder.start({ format: 'mp3' })
  },
  onShow() {
    wx.getLocation({ success: (loc) => this.setData({ loc }), fail: () => {} })
  },
  parseCode() {}
})
