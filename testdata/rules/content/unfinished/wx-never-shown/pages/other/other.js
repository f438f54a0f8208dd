Page({
  back() {
    const pages = getCurrentPages()
    pages[pages.length - 2].setData({ tips: '新路线已上线' })
    wx.navigateBack()
  }
})
