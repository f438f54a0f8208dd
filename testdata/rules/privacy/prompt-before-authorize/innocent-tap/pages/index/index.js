Page({
  data: { location: null },
  onLoad() {
    wx.setNavigationBarTitle({ title: '最近门店' })
  },
  onLocateTap() {
    wx.getLocation({ type: 'gcj02', success: (loc) => this.setData({ location: loc }), fail: () => this.onPickTap() })
  },
  onPickTap() {
    wx.chooseLocation({ success: (loc) => this.setData({ location: loc }) })
  },
  onUploadTap: function () {
    wx.chooseMedia({ count: 9, mediaType: ['image'] })
  }
})
