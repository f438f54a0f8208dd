// 云函数在服务端运行，访问内网服务
const BASE_URL = 'http://inventory.internal.example.com'
exports.main = async () => ({ base: BASE_URL })
