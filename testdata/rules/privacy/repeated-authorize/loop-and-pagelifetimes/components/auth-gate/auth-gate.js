const scopes = ['scope.userLocation', 'scope.record', 'scope.camera']

Component({
  pageLifetimes: {
    show() {
      wx.authorize({ scope: 'scope.userLocation', fail: () => this.nag() })
    }
  },
  methods: {
    onAllowAllTap() {
      scopes.forEach((scope) => {
        wx.authorize({ scope, fail: () => {} })
      })
    },
    nag() {
      wx.showModal({
        content: '未授权位置将无法使用附近功能，去设置开启？',
        success: (res) => {
          if (res.confirm) wx.openSetting()
        }
      })
    }
  }
})
