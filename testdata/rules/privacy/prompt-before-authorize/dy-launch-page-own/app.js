App({
  globalData: { pos: null },
  onShow() {
    if (this.globalData.pos) return
    tt.getLocation({
      success: (res) => {
        this.globalData.pos = res
      }
    })
  }
})
