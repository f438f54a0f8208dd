App({
  globalData: { position: null }
})
