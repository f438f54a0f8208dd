Page({
  data: { place: null },
  pickPlace() {
    wx.chooseLocation({
      success: (res) => this.setData({ place: res }),
      fail: () => {}
    })
  }
})
