Page({
  onTap() {
    wx.chooseLocation({ success: (r) => this.setData(r) })
  }
})
