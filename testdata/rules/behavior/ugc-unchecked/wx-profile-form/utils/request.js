const HOST = 'https://api.example.com'

export function request(path, method, data) {
  return new Promise((resolve, reject) => {
    wx.request({ url: HOST + path, method, data, success: (r) => resolve(r.data), fail: reject })
  })
}
