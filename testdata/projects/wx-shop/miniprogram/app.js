const { request } = require('./utils/request')

App({
  globalData: {
    cartCount: 0
  },

  onLaunch() {
    // 隐私协议：在用户调用隐私接口前由页面弹出协议说明
    if (wx.onNeedPrivacyAuthorization) {
      wx.onNeedPrivacyAuthorization((resolve) => {
        this.privacyResolve = resolve
        const pages = getCurrentPages()
        const page = pages[pages.length - 1]
        if (page && page.showPrivacyPopup) {
          page.showPrivacyPopup()
        }
      })
    }
    this.refreshCart()
  },

  refreshCart() {
    request({ url: '/api/cart/count' }).then((res) => {
      this.globalData.cartCount = res.count || 0
    }).catch(() => {})
  }
})
