const session = require('../../utils/session.js')

Page({
  data: { lines: [] },
  onShow() {
    session.silentSignIn().then(() => this.loadCart())
  },
  onCheckout() {
    session.withSealed((sealed) => {
      wx.request({
        url: 'https://shop.example.com/api/checkout',
        method: 'POST',
        data: { iv: sealed.iv, encrypted: sealed.encryptedData }
      })
    })
  },
  loadCart() {
    wx.request({
      url: 'https://shop.example.com/api/cart',
      success: (res) => this.setData({ lines: res.data.lines })
    })
  }
})
