Page({
  data: { avatarUrl: '/images/default-avatar.png', nickName: '' },
  onLoad() {
    this.getUserInfo()
  },
  getUserInfo() {
    const cached = wx.getStorageSync('profile') || {}
    this.setData(cached)
  },
  onChooseAvatar(e) {
    this.setData({ avatarUrl: e.detail.avatarUrl })
  },
  onNickname(e) {
    this.setData({ nickName: e.detail.value })
  }
})
