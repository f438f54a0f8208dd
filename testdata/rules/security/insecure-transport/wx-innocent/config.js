const isDev = false
// 开发环境走本机，上线前切到 https
const API_BASE = isDev ? 'http://localhost:3000' : 'https://api.xianguo.example.com'
const LAN_HOST = 'http://192.168.1.10:8080'
module.exports = { API_BASE, LAN_HOST }
