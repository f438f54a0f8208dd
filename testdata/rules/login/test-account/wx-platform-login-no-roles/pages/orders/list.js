Page({
  data: { list: [] },
  onLoad() {
    const token = wx.getStorageSync('token')
    if (!token) {
      wx.showToast({ title: '请先登录', icon: 'none' })
      wx.switchTab({ url: '/pages/mine/mine' })
      return
    }
    wx.request({
      url: 'https://api.linli.example.com/repairs',
      data: { token },
      success: (res) => this.setData({ list: res.data.list })
    })
  }
})
