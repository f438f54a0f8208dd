Page({
  data: { poster: '' },
  onSavePoster() {
    const path = this.data.poster
    if (!path) {
      tt.showToast({ title: '海报还没画好', icon: 'none' })
      return
    }
    tt.getSetting({
      success: (res) => {
        if (res.authSetting['scope.album']) {
          this.keep(path)
          return
        }
        tt.authorize({
          scope: 'scope.album',
          success: () => this.keep(path),
          fail: () => {
            tt.showModal({
              title: '提示',
              content: '保存海报需要相册权限，请到设置中开启',
              showCancel: false,
              success: (r) => {
                if (r.confirm) tt.openSetting()
              }
            })
          }
        })
      }
    })
  },
  keep(filePath) {
    tt.saveImageToPhotosAlbum({
      filePath,
      success: () => tt.showToast({ title: '已保存' })
    })
  }
})
