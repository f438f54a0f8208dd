Page({
  data: { albums: [] },
  open(e) {
    wx.navigateTo({ url: '/pages/album/photos/photos?id=' + e.currentTarget.dataset.id })
  }
})
