// 场馆页：“没有拒绝过”不等于“已经授权”，从未问过时也会走到这里
Page({
  data: { distance: '' },
  onLoad() {
    tt.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation'] !== false) {
          tt.getLocation({ type: 'gcj02', success: (loc) => this.measure(loc), fail: () => this.setData({ distance: '未知' }) })
        }
      }
    })
  },
  measure() {},
  onShareAppMessage() {
    return { title: '一起来打球' }
  }
})
