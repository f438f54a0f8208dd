const { myTickets } = require('../../api/trips')
const app = getApp()

Page({
  data: { guest: false, tickets: [] },
  onShow() {
    if (!app.globalData.isLogin) {
      this.setData({ guest: true })
    } else {
      this.refresh()
    }
  },
  refresh() {
    myTickets().then((tickets) => this.setData({ tickets }))
  }
})
