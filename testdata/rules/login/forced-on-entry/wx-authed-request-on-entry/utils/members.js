const client = require('./client')

// members-only GET: a visitor is sent to log in before anything is sent
function memberGet(path) {
  if (!wx.getStorageSync('token')) {
    wx.navigateTo({ url: '/pages/login/login' })
    return Promise.reject(new Error('not logged in'))
  }
  return client.get(path)
}

module.exports = { memberGet }
