Page({
  join() {
    wx.navigateTo({ url: '/pages/draw/draw' })
  }
})
