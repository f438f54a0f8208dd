App({
  globalData: { userInfo: null },
  onLaunch() {
    // the starter code: fills globalData when the profile was granted before
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userInfo']) {
          wx.getUserInfo({
            success: (r) => {
              this.globalData.userInfo = r.userInfo
            }
          })
        }
      }
    })
  }
})
