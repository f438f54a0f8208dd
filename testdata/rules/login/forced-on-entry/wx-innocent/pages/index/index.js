Page({
  data: { goods: [] },
  onLoad() {
    // 作者主页不是登录页
    wx.navigateTo({ url: '/pages/author/detail?id=7' })
    wx.showModal({
      title: '提示',
      content: '登录后可查看会员价，是否去登录？',
      success: (res) => {
        if (res.confirm) {
          wx.navigateTo({ url: '/pages/login/login' })
        }
      }
    })
  },
  onTapOrder() {
    if (!wx.getStorageSync('token')) {
      wx.navigateTo({ url: '/pages/login/login' })
    }
  }
})
