const BASE_URL = 'https://api.youxuan.example.com'

function request({ url, method = 'GET', data = {} }) {
  return new Promise((resolve, reject) => {
    wx.request({
      url: BASE_URL + url,
      method,
      data,
      success(res) {
        if (res.statusCode === 200) {
          resolve(res.data)
        } else {
          reject(new Error('请求失败：' + res.statusCode))
        }
      },
      fail: reject
    })
  })
}

module.exports = { request }
