App({
  globalData: {}
})
