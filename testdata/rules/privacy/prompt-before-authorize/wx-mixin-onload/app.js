App({
  globalData: { city: '' }
})
