Page({
  onStartTap() {
    wx.authorize({ scope: 'scope.userLocationBackground', success: () => this.track(), fail: () => {} })
  },
  track() {}
})
