Page({
  data: { avatarUrl: '/images/default-avatar.png' },
  onAvatar(e) {
    const { avatarUrl } = e.detail
    wx.cloud.uploadFile({
      cloudPath: `avatar/${Date.now()}.png`,
      filePath: avatarUrl,
      success: (res) => this.setData({ avatarUrl: res.fileID })
    })
  }
})
