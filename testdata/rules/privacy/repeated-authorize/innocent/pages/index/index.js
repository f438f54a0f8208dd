Page({
  onLoad() {
    // 一次性的延迟：不是反复调起（由 prompt-before-authorize 报告）
    setTimeout(() => wx.chooseImage({ count: 1 }), 300)
  },
  onShow() {
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation']) {
          wx.getLocation({ success: (loc) => this.setData({ loc }), fail: () => {} })
        }
      }
    })
    wx.request({ url: 'https://api.xiaoxian.cn/banner', success: (r) => this.setData({ banner: r.data }) })
    wx.getClipboardData({ success: (r) => this.setData({ clip: r.data }) })
  },
  onRefreshTap() {
    wx.getLocation({ success: (loc) => this.setData({ loc }), fail: () => {} })
  }
})
