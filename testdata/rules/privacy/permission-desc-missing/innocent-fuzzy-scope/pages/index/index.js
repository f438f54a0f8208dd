Page({
  onTap() {
    wx.getFuzzyLocation({ type: 'wgs84', success: (r) => this.setData(r), fail: () => {} })
  }
})
