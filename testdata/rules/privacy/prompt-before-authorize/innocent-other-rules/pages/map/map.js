const where = require('../../utils/where')

Page({
  data: { pin: null },
  onShow() {
    // 每次显示都经由 locateOrNag 催授权：privacy/repeated-authorize 在此处报告
    where.locateOrNag((pin) => this.setData({ pin }))
  }
})
