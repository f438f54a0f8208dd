export function locate(done) {
  wx.getLocation({
    type: 'gcj02',
    success: done,
    fail: () => {
      wx.showModal({
        content: '定位权限未开启，是否前往设置？',
        success: (res) => {
          if (res.confirm) wx.openSetting()
          done(null)
        }
      })
    }
  })
}
