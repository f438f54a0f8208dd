App({
  onLaunch() {
    wx.showModal({
      title: '授权提示',
      content: '需要读取你的剪贴板，用于识别你复制的快递单号。',
      success: (res) => {
        if (res.confirm) {
          wx.getClipboardData({
            success: (res) => this.parse(res.data)
          })
        }
      }
    })
  },
  parse() {}
})
