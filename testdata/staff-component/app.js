App({
  globalData: { account: null }
})
