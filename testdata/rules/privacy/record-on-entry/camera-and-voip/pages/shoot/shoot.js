Page({
  onReady() {
    this.ctx = wx.createCameraContext()
    this.ctx.startRecord({ timeout: 15, success: () => this.setData({ recording: true }) })
  },
  onShow() {
    wx.joinVoIPChat({ groupId: this.data.groupId, signature: '', nonceStr: '', timeStamp: 0 })
  }
})
