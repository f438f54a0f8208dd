Page({
  goHome() {
    // a tab page: navigateTo cannot open it
    tt.navigateTo({ url: '/pages/index/index' })
  }
})
