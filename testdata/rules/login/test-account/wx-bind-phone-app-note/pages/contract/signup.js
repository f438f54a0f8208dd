Page({
  agree() {
    wx.showToast({ title: '已同意' })
  }
})
