App({
  onLaunch() {
    wx.getClipboardData({
      success: (res) => this.parse(res.data)
    })
  },
  parse() {}
})
