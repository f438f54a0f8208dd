App({
  globalData: { cart: [] },
  onLaunch() {
    console.log('小鹿鲜花 launch')
  }
})
