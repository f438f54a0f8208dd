App({
  onLaunch() {
    setTimeout(() => {
      wx.navigateToMiniProgram({ appId: 'wx0f9e8d7c6b5a4321' })
    }, 3000)
  }
})
