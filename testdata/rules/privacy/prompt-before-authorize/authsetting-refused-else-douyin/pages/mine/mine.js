// 我的：只有已经授权过才静默刷新常去场馆
Page({
  data: { often: [] },
  onLoad() {
    tt.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation']) {
          tt.getLocation({ type: 'gcj02', success: (loc) => this.often(loc), fail: () => this.setData({ often: [] }) })
        }
      }
    })
  },
  often() {}
})
