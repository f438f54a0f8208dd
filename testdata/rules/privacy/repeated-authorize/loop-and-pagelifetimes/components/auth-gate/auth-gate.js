const scopes = ['scope.userLocation', 'scope.record', 'scope.camera']

Component({
  pageLifetimes: {
    show() {
      wx.authorize({ scope: 'scope.userLocation', fail: () => {} })
    }
  },
  methods: {
    onAllowAllTap() {
      scopes.forEach((scope) => {
        wx.authorize({ scope, fail: () => {} })
      })
    }
  }
})
