// A one-shot timer only delays a call: the functions it calls still run as
// the page opens, with nothing shown before them.
Page({
  data: { shops: [], photo: '' },
  onLoad() {
    setTimeout(() => {
      this.locate()
    }, 600)
    // the function itself handed to the timer
    setTimeout(this.pickCover, 1200)
    wx.nextTick(() => this.recordIntro())
    Promise.resolve().then(() => this.pickAddress())
  },
  onReady() {
    // repeats every ten seconds; the first tick still asks on entry
    this.poller = setInterval(this.refreshDistance, 10000)
  },
  locate() {
    wx.getLocation({ type: 'gcj02', success: (loc) => this.setData({ loc }), fail: () => {} })
  },
  pickCover() {
    wx.chooseMedia({ count: 1, mediaType: ['image'], success: (res) => this.setData({ photo: res.tempFiles[0].tempFilePath }) })
  },
  recordIntro() {
    wx.chooseVideo({ sourceType: ['camera'], maxDuration: 15, success: (res) => this.setData({ intro: res.tempFilePath }) })
  },
  pickAddress() {
    wx.chooseAddress({ success: (addr) => this.setData({ addr }) })
  },
  refreshDistance() {
    wx.getLocation({ type: 'gcj02', success: (loc) => this.setData({ loc }), fail: () => {} })
  },
  onUnload() {
    clearInterval(this.poller)
  }
})
