App({
  onLaunch() {
    // wx.setEnableDebug({ enableDebug: true })
    const { envVersion } = wx.getAccountInfoSync().miniProgram
    if (envVersion === 'develop' || envVersion === 'trial') {
      wx.setEnableDebug({ enableDebug: true })
    }
  }
})
