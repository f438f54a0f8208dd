const BASE = 'https://api.chayu.example.com'

Page({
  data: { level: 1, points: 0, synced: false, member: null },

  onShow() {
    wx.request({
      url: BASE + '/member/me',
      success: (res) => this.setData({ level: res.data.level, points: res.data.points, synced: res.data.synced })
    })
  },

  onSync(e) {
    const info = e.detail.userInfo
    if (!info) return
    wx.request({
      url: BASE + '/member/profile',
      method: 'POST',
      data: { nickName: info.nickName, avatarUrl: info.avatarUrl },
      success: () => this.setData({ synced: true, member: info })
    })
  }
})
