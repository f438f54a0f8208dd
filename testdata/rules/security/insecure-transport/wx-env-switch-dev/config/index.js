// 上线前改成 'production'
const stage = 'develop'
// const stage = 'production'

/** 接口服务器 */
const apiRoot = stage === 'develop' ? 'http://test.shuyou.example.cn' : 'https://api.shuyou.example.cn'

/** 直播间长连接 */
const liveHosts = {
  develop: 'ws://test.shuyou.example.cn/live',
  production: 'wss://api.shuyou.example.cn/live'
}
const liveUrl = liveHosts[stage]

module.exports = {
  stage,
  apiRoot,
  liveUrl
}
