const BASE = 'https://shop.example.com/api/'

export function callApi(method, path, data) {
  return new Promise((resolve, reject) => {
    wx.request({ url: BASE + path, method, data, success: resolve, fail: reject })
  })
}
