const getLocation = (opts) => wx.getLocation(opts)

Page({
  onATap() {
    wx.getLocation({ success: (res) => this.load(res), fail: () => this.pickCity() })
  },
  onBTap() {
    wx.getLocation({ success: (res) => this.load(res), complete: () => wx.hideLoading() })
  },
  onCTap() {
    wx.getFuzzyLocation({ type: 'wgs84' }).then((res) => this.load(res)).catch(() => this.pickCity())
  },
  async onDTap() {
    try {
      const res = await wx.getLocation({ type: 'gcj02' })
      this.load(res)
    } catch (e) {
      this.pickCity()
    }
  },
  locate() {
    return wx.getLocation({ type: 'gcj02' })
  },
  onETap() {
    const options = { type: 'gcj02', success: (res) => this.load(res), fail: () => this.pickCity() }
    wx.getLocation(options)
  },
  pickCity() {
    wx.chooseLocation({ success: (res) => this.load(res) })
  },
  load() {}
})
