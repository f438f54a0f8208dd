Page({
  onCopyTap() {
    wx.setClipboardData({ data: this.data.orderNo })
  },
  onPasteTap() {
    wx.getClipboardData({ success: (res) => this.setData({ trackingNo: res.data.trim() }) })
  },
  onLoad() {
    wx.showModal({
      title: '读取剪贴板',
      content: '需要读取你的剪贴板，用于识别你复制的快递单号',
      success: (res) => {
        if (res.confirm) wx.getClipboardData({ success: (r) => this.setData({ trackingNo: r.data }) })
      }
    })
  }
})
