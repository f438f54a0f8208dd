// 首页：拒绝过定位就弹窗去设置，其余情况直接定位找附近场馆
Page({
  data: { venues: [], city: '' },
  onLoad() {
    tt.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation'] === false) {
          tt.showModal({
            title: '提示',
            content: '定位权限已关闭，去设置里打开后可查看附近场馆',
            success: (r) => {
              if (r.confirm) tt.openSetting({})
            }
          })
        } else {
          tt.getLocation({
            type: 'gcj02',
            success: (loc) => this.nearby(loc),
            fail: () => this.setData({ city: '请选择城市' })
          })
        }
      }
    })
  },
  nearby() {}
})
