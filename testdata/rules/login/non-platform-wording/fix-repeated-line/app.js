App({
  globalData: { memberId: '' }
})
