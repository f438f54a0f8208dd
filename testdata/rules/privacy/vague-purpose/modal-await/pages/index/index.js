Page({
  async onAvatarTap() {
    const { confirm } = await wx.showModal({ title: '提示', content: '🎁获取良好体验，请允许我们访问相册' })
    if (!confirm) return
    const res = await wx.chooseMedia({ count: 1 })
    this.setData({ avatar: res.tempFiles[0].tempFilePath })
  },
  onRecordTap() {
    wx.showModal({
      title: '麦克风权限',
      content: '开启麦克风，提升用户体验',
      success: (res) => res.confirm && this.record()
    })
  },
  record() {}
})
