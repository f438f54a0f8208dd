const HOST = 'https://api.example.com'

function send(method, path, data) {
  return new Promise((resolve, reject) => {
    wx.request({ url: HOST + path, method, data, success: resolve, fail: reject })
  })
}

function postJSON(path, data) {
  return send('POST', path, data)
}

module.exports = { postJSON }
