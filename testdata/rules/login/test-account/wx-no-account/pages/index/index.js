Page({
  onLoad() {
    wx.login({ success: (res) => console.log(res.code) })
  }
})
