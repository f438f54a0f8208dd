Page({
  data: { agreed: false },
  onLoad() {
    if (this.data.agreed) {
      wx.getLocation({ success: (loc) => this.setData({ loc }), fail: () => {} })
    }
    const agreed = wx.getStorageSync('privacyAgreed')
    if (!agreed) return
    wx.chooseAddress({ success: (addr) => this.setData({ addr }) })
  },
  onShow() {
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation']) {
          wx.getLocation({ success: (loc) => this.setData({ loc }), fail: () => {} })
        }
      }
    })
  }
})
