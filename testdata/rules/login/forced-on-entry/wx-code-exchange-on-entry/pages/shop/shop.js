const { BASE } = require('../../utils/api')

Page({
  data: { items: [] },
  onLoad() {
    // the price list: the server sends a visitor 401 only if it wants a login
    wx.request({
      url: BASE + 'shop/prices',
      success: (res) => {
        if (res.statusCode === 401) {
          wx.navigateTo({ url: '/pages/signup/signup' })
          return
        }
        this.setData({ items: res.data.list })
      }
    })
  },
  onBind() {
    wx.login({
      success: ({ code }) => {
        wx.request({
          url: BASE + 'member/checkBind',
          method: 'POST',
          data: { jsCode: code },
          success: (res) => {
            if (res.data.status !== 0) {
              wx.navigateTo({ url: '/pages/signup/signup' })
            }
          }
        })
      }
    })
  }
})
