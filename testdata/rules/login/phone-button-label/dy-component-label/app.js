App({
  globalData: { token: '' }
})
