// 统计脚本由第三方提供，压缩后直接放在 utils/sdk 下
const tracker = require('./utils/sdk/tracker')

App({
  globalData: { community: '' },
  onLaunch() {
    tracker.init({ app: 'linli-tuangou' })
  },
})
