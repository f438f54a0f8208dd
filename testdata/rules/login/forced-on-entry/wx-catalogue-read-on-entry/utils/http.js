const BASE = 'https://api.orchard.example.com'

function headers() {
  const app = getApp()
  return {
    'X-Client': 'weapp',
    Authorization: app.globalData.token
  }
}

// the back office answers code 401, or TOKEN_EXPIRED, when the session
// it was given is no longer valid
function settle(res, done, failed) {
  const body = res.data || {}
  if (res.statusCode === 401 || body.code === 'TOKEN_EXPIRED') {
    getApp().globalData.token = ''
    wx.reLaunch({ url: '/pages/auth/auth?from=' + encodeURIComponent(currentRoute()) })
    return
  }
  if (body.code === 0) {
    done && done(body)
  } else {
    failed && failed(body)
    wx.showToast({ title: body.message || '请求失败', icon: 'none' })
  }
}

function currentRoute() {
  const pages = getCurrentPages()
  return pages.length ? '/' + pages[pages.length - 1].route : '/pages/home/home'
}

function get(path, query, done, failed) {
  wx.request({
    url: BASE + path,
    data: query,
    header: headers(),
    success: (res) => settle(res, done, failed),
    fail: (err) => failed && failed(err)
  })
}

module.exports = { get }
