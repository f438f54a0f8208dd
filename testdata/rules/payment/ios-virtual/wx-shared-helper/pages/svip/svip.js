const { pay } = require('../../utils/pay')

Page({
  data: { canBuy: false },
  onLoad() {
    const info = wx.getSystemInfoSync()
    this.setData({ canBuy: info.platform === 'android' })
  },
  onOpen() {
    pay('svip', 298)
  }
})
