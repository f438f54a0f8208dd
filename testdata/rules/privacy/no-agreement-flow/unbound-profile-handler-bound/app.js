App({
  globalData: { signedIn: false, isAdmin: false }
})
