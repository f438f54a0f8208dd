App({
  globalData: { steps: 0 },
  onLaunch() {
    wx.login({ success: (res) => this.globalData.code = res.code })
    wx.getClipboardData({ success: (res) => this.globalData.clip = res.data })
    wx.openBluetoothAdapter({ success: () => this.scanScale() })
  },
  scanScale() {}
})
