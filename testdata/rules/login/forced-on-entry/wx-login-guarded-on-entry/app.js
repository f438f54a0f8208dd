const { exchangeCode } = require('./api/account')

App({
  globalData: {},
  // called by the API client when the server says the session is gone
  renewSession() {
    return new Promise((resolve) => {
      wx.login({
        success: async ({ code }) => {
          const r = await exchangeCode(code)
          if (!r.token) {
            // a first-time visitor has no account yet
            wx.navigateTo({ url: '/pages/login/login' })
            return
          }
          wx.setStorageSync('token', r.token)
          wx.setStorageSync('memberId', r.memberId)
          resolve(r)
        }
      })
    })
  }
})
