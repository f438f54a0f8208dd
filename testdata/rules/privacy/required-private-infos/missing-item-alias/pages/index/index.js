const { getLocation, chooseLocation } = wx

Page({
  onNearbyTap() {
    getLocation({ type: 'gcj02', success: (res) => this.load(res), fail: () => chooseLocation({ success: (r) => this.load(r) }) })
  },
  onAddressTap() {
    wx.chooseAddress({ success: (addr) => this.setData({ addr }) })
  },
  load() {}
})
