Page({
  onTap() {
    wx.getClipboardData({ success: (r) => this.setData({ code: r.data }) })
  }
})
