Page({
  onPickAddress() {
    if (!wx.chooseAddress) {
      wx.showModal({ title: '提示', content: '当前微信版本过低，请升级微信后重试' })
      return
    }
    wx.chooseAddress({ success: () => {} })
  }
})
