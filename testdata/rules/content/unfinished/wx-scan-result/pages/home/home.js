Page({
  data: { bags: [] },
  scanBag() {
    wx.scanCode({
      onlyFromCamera: true,
      success: (res) => {
      },
      fail: () => {
      }
    })
  },
  scanStore() {
    wx.scanCode({
      success(res) {
        console.log('store code', res.result)
      }
    })
  }
})
