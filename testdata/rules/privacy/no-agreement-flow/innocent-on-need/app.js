App({
  onLaunch() {
    if (wx.onNeedPrivacyAuthorization) {
      wx.onNeedPrivacyAuthorization((resolve) => {
        this.globalData.privacyResolve = resolve
        this.globalData.showPrivacy = true
      })
    }
  },
  globalData: {}
})
