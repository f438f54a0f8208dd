const { BASE } = require('../../utils/api')
const app = getApp()

Page({
  data: { bound: false, memberNo: '' },
  onLoad() {
    wx.showLoading({ title: '加载中' })
    wx.login({
      success: ({ code }) => {
        // asks the server whether this WeChat user has bound a member card
        wx.request({
          url: BASE + 'member/checkBind',
          method: 'POST',
          data: { jsCode: code },
          success: (res) => {
            wx.hideLoading()
            if (res.data.status === 0) {
              app.globalData.session = res.data.data.session
              this.setData({ bound: true, memberNo: res.data.data.memberNo })
            } else {
              wx.redirectTo({ url: '/pages/signup/signup' })
            }
          }
        })
      }
    })
  }
})
