// 取一次位置，存到 globalData，之后直接返回缓存
export function locateOnce(app) {
  if (app.globalData.here) {
    return Promise.resolve(app.globalData.here)
  }
  return new Promise((resolve) => {
    tt.getLocation({
      type: 'gcj02',
      success(res) {
        app.globalData.here = res
        resolve(res)
      },
      fail() {
        resolve(null)
      }
    })
  })
}
