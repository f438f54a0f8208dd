App({
  globalData: {
    userInfo: null
  },

  onLaunch() {
    const updateManager = tt.getUpdateManager()
    updateManager.onUpdateReady(() => {
      tt.showModal({
        title: '更新提示',
        content: '新版本已经准备好，是否重启应用？',
        success(res) {
          if (res.confirm) updateManager.applyUpdate()
        }
      })
    })
  }
})
