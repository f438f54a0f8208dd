Page({
  scan() {
    wx.scanCode({
      success: (res) => {
        console.log(res)
      },
      fail(err) { console.error(err) }
    })
  },
  toOrders() { wx.navigateTo({ url: '/pages/ok/ok' }) },
  toCoupons() { wx.navigateTo({ url: '/pages/ok/ok' }) }
})
