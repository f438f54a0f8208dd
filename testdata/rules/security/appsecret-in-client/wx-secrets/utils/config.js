// 🔑 小程序配置
module.exports = {
  appId: 'wx8a3f2c1d9e7b6054',
  appSecret: '3f9a0c1b2d4e5f60718293a4b5c6d7e8'
}
