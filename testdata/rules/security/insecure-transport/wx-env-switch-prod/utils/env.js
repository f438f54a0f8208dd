// const env = 'dev'
const env = 'prod'
const isDebug = false

const servers = {
  dev: 'http://192.168.1.20:8080',
  test: 'http://test.tuangou.example.cn',
  prod: 'https://api.tuangou.example.cn'
}

export const request = {
  baseUrl: isDebug ? 'http://mock.tuangou.example.cn' : 'https://api.tuangou.example.cn',
  imageHost: env === 'dev' ? 'http://test-img.tuangou.example.cn' : 'https://img.tuangou.example.cn',
  apiBase: servers[env]
}
