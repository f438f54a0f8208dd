Page({
  data: { invoice: '不支持开票' },
  scan() {
    wx.scanCode({
      success: (res) => {
        console.log(res)
        wx.navigateTo({ url: '/pages/index/index?code=' + encodeURIComponent(res.result) })
      }
    })
  },
  openSearch() {},
  search() {},
  submit() {},
  toOrders() {},
  toCoupons() {}
})
