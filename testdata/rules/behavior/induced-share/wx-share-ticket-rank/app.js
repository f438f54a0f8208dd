App({
  globalData: { groupId: '' },
  onShow(options) {
    // a group's own leaderboard: who in this group read the most
    if (options.shareTicket) {
      wx.getShareInfo({
        shareTicket: options.shareTicket,
        success: (res) => wx.request({ url: 'https://api.example.com/group/rank', data: { encryptedData: res.encryptedData, iv: res.iv } })
      })
    }
  }
})
