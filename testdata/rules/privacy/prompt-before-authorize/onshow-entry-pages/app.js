App({
  globalData: { theme: 'light' },
  onShow() {
    // 启动时只读主题，不申请任何权限
    this.globalData.theme = wx.getSystemInfoSync().theme || 'light'
  }
})
