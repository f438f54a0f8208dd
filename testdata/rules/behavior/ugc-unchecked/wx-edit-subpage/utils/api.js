const HOST = 'https://api.example.com'

function call(path, data, method) {
  return new Promise((resolve, reject) => {
    wx.request({ url: HOST + path, data, method, success: (r) => resolve(r.data), fail: reject })
  })
}

module.exports = { call }
