Page({
  onCopyLink() {
    wx.setClipboardData({
      data: 'https://blog.example.com/posts/12',
      success() { wx.showToast({ title: '文章链接已复制', icon: 'none' }) }
    })
  },
  onCopyOrder() {
    wx.setClipboardData({ data: 'NO20261207001' })
  }
})
