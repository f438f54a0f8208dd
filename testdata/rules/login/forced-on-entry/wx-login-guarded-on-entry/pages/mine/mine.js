const { myTickets } = require('../../api/trips')

Page({
  data: { count: 0 },
  onShow() {
    const profile = wx.getStorageSync('userInfo')
    profile && this.countTickets()
  },
  async countTickets() {
    const list = await myTickets()
    this.setData({ count: list.length })
  }
})
