const config = { online: true }

function setDebug(flag) {
  wx.setEnableDebug({ enableDebug: flag })
}

App({
  onLaunch() {
    // wx.setEnableDebug({ enableDebug: true })
    const { envVersion } = wx.getAccountInfoSync().miniProgram
    if (envVersion === 'develop' || envVersion === 'trial') {
      wx.setEnableDebug({ enableDebug: true })
    }
    if (!config.online && wx.setEnableDebug) {
      wx.setEnableDebug({ enableDebug: true })
    }
    config.online || setDebug(true)
  }
})
