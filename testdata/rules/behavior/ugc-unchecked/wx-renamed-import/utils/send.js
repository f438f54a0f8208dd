export function postJSON(path, data) {
  return new Promise((resolve, reject) => {
    wx.request({ url: 'https://api.example.com' + path, method: 'POST', data, success: resolve, fail: reject })
  })
}
