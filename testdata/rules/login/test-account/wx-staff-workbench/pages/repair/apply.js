Page({
  data: { desc: '' },
  onDesc(e) {
    this.setData({ desc: e.detail.value })
  },
  submit() {
    wx.request({
      url: 'https://api.linli.example.com/repairs',
      method: 'POST',
      data: { desc: this.data.desc, token: wx.getStorageSync('token') },
      success: () => wx.showToast({ title: '已提交' })
    })
  }
})
