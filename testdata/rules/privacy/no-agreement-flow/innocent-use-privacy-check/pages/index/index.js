Page({
  onTap() {
    wx.getPrivacySetting({ success: (r) => r.needAuthorization && this.setData({ show: true }) })
    wx.chooseMedia({ count: 1 })
  }
})
