// 网点地图：每次显示都先查授权；拒绝过就弹窗去设置，否则定位，定位失败也弹窗去设置
Page({
  data: { loc: null },
  onShow() {
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation'] === false) {
          wx.showModal({
            content: '定位权限已关闭，去设置开启？',
            success: (r) => {
              if (r.confirm) wx.openSetting()
            }
          })
        } else {
          wx.getLocation({
            type: 'gcj02',
            success: (loc) => this.setData({ loc }),
            fail: () => {
              wx.showModal({
                content: '地图需要定位权限，去设置开启？',
                success: (r) => {
                  if (r.confirm) wx.openSetting()
                }
              })
            }
          })
        }
      }
    })
  }
})
