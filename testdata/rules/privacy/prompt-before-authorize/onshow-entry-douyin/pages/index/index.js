// 首页：显示时按城市刷新演出列表
Page({
  data: { city: '全国', shows: [] },
  onShow() {
    tt.getLocation({
      type: 'gcj02',
      success: (res) => this.cityOf(res),
      fail: () => this.setData({ city: '全国' })
    })
    // 不弹登录框的静默登录，不是隐私授权
    tt.login({ force: false, success: (res) => this.setData({ signed: res.isLogin }) })
  },
  cityOf() {}
})
