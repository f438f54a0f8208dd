App({
  globalData: { userInfo: null },
  onLaunch() {
    console.log('wx app launch')
  }
})
