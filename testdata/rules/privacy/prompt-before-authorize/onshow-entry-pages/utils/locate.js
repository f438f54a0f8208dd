// 公共定位方法
export function currentPoint(done) {
  wx.getLocation({
    type: 'gcj02',
    success: (res) => done(res),
    fail: () => done(null)
  })
}
