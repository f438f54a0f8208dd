// Only collects the nickname and hands it to the page that opened it.
Page({
  data: { value: '' },
  onLoad(q) { this.setData({ value: q.current || '' }) },
  onType(e) { this.setData({ value: e.detail.value }) },
  onDone() {
    const pages = getCurrentPages()
    pages[pages.length - 2].setData({ nick: this.data.value })
    wx.navigateBack()
  }
})
