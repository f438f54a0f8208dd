Page({ data: { logs: [] }, onLoad() { this.setData({ logs: wx.getStorageSync('logs') || [] }) } })
