App({
  globalData: { token: '' },
  onLaunch() {
    this.globalData.token = tt.getStorageSync('token') || ''
  }
})
