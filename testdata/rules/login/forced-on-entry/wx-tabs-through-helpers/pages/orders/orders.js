const { mustLogin } = require('../../utils/session')

Page({
  onShow() {
    this.refresh()
  },
  refresh() {
    if (!mustLogin()) return
    this.setData({ loading: true })
  }
})
