Page({
  scan() {
    wx.scanCode({
      success: (res) => {
        console.log(res)
      },
      fail(err) { console.error(err) }
    })
  },
  save() {
    wx.showToast({ title: '保存成功' })
    return
    // 接口好了再打开
    wx.request({ url: 'https://api.example.com/profile', method: 'POST' })
  },
  showMap() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => {
        wx.openLocation({ latitude: res.latitude, longitude: res.longitude, scale: 16 })
      }
    })
  },
  toOrders() { wx.navigateTo({ url: '/pages/ok/ok' }) },
  toCoupons() { wx.navigateTo({ url: '/pages/ok/ok' }) }
})
