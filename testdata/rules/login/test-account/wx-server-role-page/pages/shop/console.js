Page({
  data: { today: { orders: 0, income: '0.00' } },
  onLoad() {
    wx.request({
      url: 'https://api.linli.example.com/shop/permission',
      data: { token: wx.getStorageSync('token') },
      success: (res) => {
        if (!res.data.merchant) {
          wx.showToast({ title: '您还不是入驻商家', icon: 'none' })
          setTimeout(() => {
            wx.redirectTo({ url: '/pages/index/index' })
          }, 1500)
          return
        }
        this.setData({ today: res.data.today })
      }
    })
  }
})
