Page({
  data: { user: null },
  onShow() {
    wx.request({
      url: 'https://api.mine.example.cn/user/info',
      success: (res) => this.setData({ user: res.data })
    })
  },
  // 解绑微信：入口暂时下线
  unbindWechat() {
    wx.request({
      url: 'http://api.mine.example.cn/user/unbind',
      method: 'PUT',
      success: () => wx.showToast({ title: '已解绑', icon: 'none' })
    })
  },
  sendFeedback() {
    wx.request({
      url: 'http://api.mine.example.cn/feedback',
      method: 'POST',
      data: { text: this.data.text }
    })
  }
})
