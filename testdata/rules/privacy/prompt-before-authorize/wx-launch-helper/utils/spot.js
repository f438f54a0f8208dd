// 定位一次并缓存在 globalData；没有缓存时才调用系统定位
function ensureSpot(app) {
  return new Promise((resolve) => {
    if (app.globalData.spot) {
      resolve(app.globalData.spot)
      return
    }
    wx.getLocation({
      type: 'gcj02',
      success: (res) => {
        app.globalData.spot = res
        resolve(res)
      },
      fail: () => {
        app.globalData.spot = { latitude: 31.23, longitude: 121.47 }
        resolve(app.globalData.spot)
      }
    })
  })
}

module.exports = { ensureSpot }
