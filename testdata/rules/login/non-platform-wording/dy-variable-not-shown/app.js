App({
  globalData: { cart: [] }
})
