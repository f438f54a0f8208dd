Page({
  data: { doctors: [] },
  onLoad() {
    wx.request({
      url: 'https://api.kangning.example.com/doctors',
      success: (res) => this.setData({ doctors: res.data }),
      fail: () => wx.showToast({ title: '加载失败', icon: 'none' })
    })
  }
})
