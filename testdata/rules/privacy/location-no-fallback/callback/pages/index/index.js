Page({
  onLocateTap() {
    wx.showLoading({ title: '定位中' }); wx.getLocation({ type: 'gcj02', success: (res) => this.load(res) })
  },
  load() {}
})
