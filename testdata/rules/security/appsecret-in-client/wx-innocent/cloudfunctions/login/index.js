// 云函数运行在服务端
const APP_SECRET = '3f9a0c1b2d4e5f60718293a4b5c6d7e8'
exports.main = async () => ({ url: 'https://api.weixin.qq.com/sns/jscode2session' })
