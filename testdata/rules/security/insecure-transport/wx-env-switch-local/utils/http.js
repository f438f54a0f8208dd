const isDev = true

const BASE = isDev ? 'http://127.0.0.1:3000' : 'https://ledger.example.cn'

export function get(path) {
  return new Promise((resolve, reject) => {
    wx.request({ url: BASE + path, success: (res) => resolve(res.data), fail: reject })
  })
}
