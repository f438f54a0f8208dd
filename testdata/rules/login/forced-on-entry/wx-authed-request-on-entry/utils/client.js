const HOST = 'https://api.lvye.example.com'

// GET path; opts.silent hides the spinner, opts.needLogin: false sends no token
function get(path, opts = {}) {
  return new Promise((resolve, reject) => {
    const header = {}
    if (opts.needLogin !== false) {
      header.Authorization = 'Bearer ' + (wx.getStorageSync('token') || '')
    }
    wx.request({
      url: HOST + path,
      header,
      success: (res) => {
        if (res.statusCode === 401) {
          getApp().renewSession().then(() => resolve(get(path, opts)))
          return
        }
        resolve(res.data)
      },
      fail: reject
    })
  })
}

module.exports = { get }
