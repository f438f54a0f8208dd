App({
  globalData: { city: '' },
  onLaunch() {
    console.log('洁净到家 launch')
  }
})
