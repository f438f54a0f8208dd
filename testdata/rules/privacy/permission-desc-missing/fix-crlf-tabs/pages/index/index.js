Page({
  data: { stores: [] },
  onNearbyTap() {
    wx.getLocation({ type: 'gcj02', success: (res) => this.load(res), fail: () => this.onPickTap() })
  },
  onPickTap() {
    wx.chooseLocation({ success: (res) => this.load(res) })
  },
  load() {}
})
