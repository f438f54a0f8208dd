Page({
  onLoad() {
    wx.showModal({
      title: '授权提示',
      content: '需要获取你的位置，用于显示附近的门店和距离',
      success: (res) => {
        if (res.confirm) {
          wx.getLocation({ type: 'gcj02', success: (loc) => this.setData({ loc }), fail: () => {} })
        }
      }
    })
  },
  async onReady() {
    const { confirm } = await wx.showModal({ title: '相册权限', content: '需要访问你选择的照片，用于上传头像' })
    if (!confirm) return
    const res = await wx.chooseMedia({ count: 1 })
    this.setData({ avatar: res.tempFiles[0].tempFilePath })
  }
})
