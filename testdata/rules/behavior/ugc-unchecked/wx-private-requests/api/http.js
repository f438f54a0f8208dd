const HOST = 'https://api.example.com'

export function post(path, data) {
  return new Promise((resolve, reject) => {
    wx.request({ url: HOST + path, method: 'POST', data, success: (res) => resolve(res.data), fail: reject })
  })
}

export function upload(path, filePath) {
  return new Promise((resolve, reject) => {
    wx.uploadFile({ url: HOST + path, filePath, name: 'file', success: (res) => resolve(JSON.parse(res.data)), fail: reject })
  })
}
