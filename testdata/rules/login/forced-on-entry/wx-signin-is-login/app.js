App({
  onLaunch() {
    // a page named sign-in that says nothing either way is still taken as a login
    if (!wx.getStorageSync('member')) {
      wx.reLaunch({ url: '/pages/user/sign-in' })
    }
  }
})
