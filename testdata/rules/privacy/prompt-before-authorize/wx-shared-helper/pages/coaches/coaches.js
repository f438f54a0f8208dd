const { withPosition } = require('../../utils/position.js')

Page({
  data: { rows: [] },
  onLoad() {
    withPosition((pos) => this.fetchRows(pos))
  },
  fetchRows(pos) {
    wx.request({
      url: 'https://api.example-fit.cn/coaches',
      data: pos || {},
      success: (res) => this.setData({ rows: res.data })
    })
  }
})
