Page({
  data: { logs: [] },
  onLoad() {
    this.setData({ logs: (wx.getStorageSync('logs') || []).map((t) => new Date(t).toLocaleString()) })
  }
})
