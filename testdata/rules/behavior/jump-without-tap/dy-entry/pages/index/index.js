Page({
  onLoad() {
    tt.navigateToMiniProgram({ appId: 'tt1f2e3d4c5b6a7980' })
  }
})
