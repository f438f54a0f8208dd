App({
  globalData: { session: '', memberNo: '' }
})
