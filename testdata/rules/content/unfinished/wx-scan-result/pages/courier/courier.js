Page({
  data: { count: 0 },
  onLoad() {
    this.refresh()
  },
  refresh() {
    wx.request({
      url: 'https://api.example.com/courier/today',
      success: (res) => this.setData({ count: res.data.count })
    })
  },
  // 旧版的扫码取件，页面上已经没有按钮了
  scanBag() {
    wx.scanCode({
      success: (res) => {
        console.log(res)
      }
    })
  },
  scanStore() {
    wx.scanCode({
      success: () => {}
    })
  }
})
