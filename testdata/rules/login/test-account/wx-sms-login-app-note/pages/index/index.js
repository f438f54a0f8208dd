Page({
  toBind() {
    wx.navigateTo({ url: '/pages/bind/bind?from=index' })
  }
})
