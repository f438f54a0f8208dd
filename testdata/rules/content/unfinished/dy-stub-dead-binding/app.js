App({
  globalData: { shopId: 12 }
})
