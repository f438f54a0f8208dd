App({
  globalData: { token: '', openId: '' }
})
