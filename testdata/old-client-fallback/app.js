App({
  globalData: {
    shopName: '青茶小铺'
  },

  onLaunch() {
    this.checkUpdate()
  },

  // 新版本检查：旧版本客户端没有更新管理器，只能提示用户自行升级
  checkUpdate() {
    if (tt.canIUse('getUpdateManager')) {
      const manager = tt.getUpdateManager()
      manager.onUpdateReady(() => {
        tt.showModal({
          title: '更新提示',
          content: '新版本已经准备好，是否重启？',
          success: (res) => {
            if (res.confirm) {
              manager.applyUpdate()
            }
          }
        })
      })
    } else {
      tt.showModal({
        title: '提示',
        content: '当前微信版本过低，请升级到最新版本后再使用',
        showCancel: false
      })
    }
  }
})
