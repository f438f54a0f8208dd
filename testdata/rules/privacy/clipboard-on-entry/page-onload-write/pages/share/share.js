Page({
  onLoad(options) {
    this.setData({ code: options.code }); wx.setClipboardData({ data: '复制这段口令打开APP：' + options.code })
  }
})
