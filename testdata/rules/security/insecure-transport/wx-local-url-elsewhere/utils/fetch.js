const ROOT = 'https://bakery.example.com/api/'

function fetch(path, data = {}) {
  const url = ROOT + path
  return new Promise((resolve, reject) => {
    wx.request({ url, data, success: (res) => resolve(res.data), fail: reject })
  })
}

// 分享给朋友的门店网页（在浏览器里打开，不是请求）
function shopPage(id) {
  let url = 'http://m.bakery.example.com/shop?id=' + id
  if (id === 'main') {
    url = 'http://m.bakery.example.com/'
  }
  return url
}

module.exports = { fetch, shopPage }
