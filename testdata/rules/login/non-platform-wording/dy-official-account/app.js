App({
  globalData: { userInfo: null },
  onLaunch() {
    console.log('鲜果派 启动 🍉')
  }
})
