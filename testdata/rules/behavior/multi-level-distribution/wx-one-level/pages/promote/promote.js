const { pay } = require('../../utils/pay')

Page({
  data: { count: 0, money: 0 },
  apply() {
    wx.request({ url: 'https://api.example.com/promoter/apply', method: 'POST' })
  },
  becomeVip() {
    pay('vip', 30)
  }
})
