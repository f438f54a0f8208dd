App({
  globalData: { user: null }
})
