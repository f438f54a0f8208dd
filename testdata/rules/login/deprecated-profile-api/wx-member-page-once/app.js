App({
  globalData: { memberLevel: 0 }
})
