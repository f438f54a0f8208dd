Page({
  data: {
    slots: [],
    services: [
      { id: 'bath', name: '洗澡', price: 6800 },
      { id: 'trim', name: '修毛', price: 9800 }
    ]
  },
  onLoad() {
    tt.request({
      url: 'https://api.maomao-pet.cn/slots',
      success: (res) => this.setData({ slots: res.data.list || [] })
    })
  },
  pickService(e) {
    tt.showToast({ title: '已选择', icon: 'none' })
    this.setData({ picked: e.currentTarget.dataset.id })
  },
  openRenew() {
    tt.navigateTo({ url: '/pages/renew/index' })
  }
})
