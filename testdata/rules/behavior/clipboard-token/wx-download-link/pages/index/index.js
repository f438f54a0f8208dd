Page({
  onGetApp() {
    wx.showModal({
      title: '下载客户端',
      content: '完整功能请使用客户端',
      success(res) {
        if (res.confirm) {
          wx.setClipboardData({
            data: 'https://dl.example.com/app/latest',
            success() { wx.showToast({ title: '安装包地址已复制', icon: 'none' }) }
          })
        }
      }
    })
  }
})
