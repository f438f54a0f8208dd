App({
  globalData: { pos: null },
  onLaunch() {
    tt.showModal({
      title: '允许获取位置？',
      content: '用于展示离你最近的球场和步行距离',
      success: (res) => {
        if (res.confirm) {
          tt.getLocation({
            success: (loc) => {
              this.globalData.pos = loc
            }
          })
        }
      }
    })
  }
})
