Page({
  data: {
    // shown until the request returns
    buyers: [
      { id: 1, name: '张**', action: '刚刚购买了', goods: '年卡' },
      { id: 2, name: '李**', action: '刚刚购买了', goods: '季卡' },
      { id: 3, name: '王**', action: '刚刚购买了', goods: '月卡' }
    ],
    plans: ['月卡', '季卡', '年卡']
  },
  onLoad() {
    wx.request({
      url: 'https://api.example.com/orders/recent',
      data: { nonce: Math.random() },
      success: (res) => this.setData({ buyers: res.data.list })
    })
  },
  claim() {
    const id = Math.floor(Math.random() * 1e6)
    wx.request({ url: 'https://api.example.com/coupon/' + id })
    wx.showToast({ title: '领取成功', icon: 'none' })
  }
})
