App({
  globalData: { spot: null },
  onShow() {
    // 每次回到前台都刷新位置：第一次启动时系统授权框直接弹出
    wx.getLocation({
      type: 'gcj02',
      success: (res) => { this.globalData.spot = res },
      fail: () => { this.globalData.spot = null }
    })
  }
})
