const spot = require('./utils/spot.js')

App({
  globalData: { spot: null, member: null },
  onLaunch() {
    // 启动时先定位一次，之后各页面直接用缓存
    spot.ensureSpot(this)
  }
})
