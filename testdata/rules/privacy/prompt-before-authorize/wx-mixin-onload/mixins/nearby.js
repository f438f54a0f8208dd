export const nearbyApi = {
  onLoad() {
    wx.showModal({
      title: '查找附近场馆',
      content: '需要获取你的位置，用于列出离你最近的场馆',
      success: (res) => {
        if (res.confirm) {
          wx.getLocation({ type: 'gcj02', success: (loc) => this.setData({ loc }) })
        }
      }
    })
  }
}
