App({
  globalData: { userInfo: null },
  onLaunch() {
    console.log('tt app launch')
  }
})
