// 公共定位：有缓存就用缓存
const app = getApp()

function withPosition(done) {
  if (app.globalData.position) {
    done(app.globalData.position)
    return
  }
  wx.getLocation({
    type: 'gcj02',
    success(res) {
      app.globalData.position = res
      done(res)
    },
    fail() {
      done(null)
    }
  })
}

module.exports = { withPosition }
