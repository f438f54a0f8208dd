// 定位并缓存
function locate(app) {
  return new Promise((resolve) => {
    if (app.globalData.loc) {
      resolve(app.globalData.loc)
      return
    }
    wx.getLocation({
      type: 'gcj02',
      success: (res) => {
        app.globalData.loc = res
        resolve(res)
      },
      fail: () => resolve(null)
    })
  })
}

module.exports = { locate }
