Page({
  data: { items: [] },
  scanBag() {
    wx.scanCode({
      success: (res) => {
        console.log(res.result)
      },
      complete: (res) => {
        if (res.result) {
          wx.navigateTo({ url: '/pages/parcel/parcel?bag=' + res.result })
        }
      }
    })
  }
})
