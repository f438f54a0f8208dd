Page({
  onTap() {
    wx.chooseMedia({ count: 1 })
  },
  onAgree() {
    this.setData({ showPrivacy: false })
  }
})
