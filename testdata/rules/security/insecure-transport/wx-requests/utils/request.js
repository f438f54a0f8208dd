const BASE_URL = 'http://api.xianguo.example.com'

function request({ url, method = 'GET', data = {} }) {
  return new Promise((resolve, reject) => {
    wx.request({
      url: BASE_URL + url,
      method,
      data,
      success: (res) => resolve(res.data),
      fail: reject
    })
  })
}

module.exports = { request }
