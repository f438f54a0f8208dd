const app = getApp()

Page({
  data: { topic: '', body: '' },
  onTopic(e) {
    this.setData({ topic: e.detail.value })
  },
  onBody(e) {
    this.setData({ body: e.detail.value })
  },
  send() {
    if (!this.data.topic || !this.data.body) {
      wx.showToast({ title: '请填写完整', icon: 'none' })
      return
    }
    wx.request({
      url: app.globalData.base + '/suggestion/',
      method: 'POST',
      data: { topic: this.data.topic, body: this.data.body },
      success: () => {
        wx.showToast({ title: '已收到' })
        setTimeout(() => wx.navigateBack(), 1200)
      }
    })
  }
})
