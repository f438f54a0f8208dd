Page({
  data: { allowed: false },
  onLoad() {
    wx.authorize({
      scope: 'scope.userLocation',
      success: () => this.setData({ allowed: true }),
      fail: () => this.setData({ allowed: false })
    })
  }
})
