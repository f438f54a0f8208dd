// sends a visitor to the login page
function mustLogin() {
  if (!wx.getStorageSync('token')) {
    wx.navigateTo({ url: '/pages/login/login' })
    return false
  }
  return true
}

// the API client: when the server says the session is gone, log in again
function api(path) {
  return new Promise((resolve) => {
    wx.request({
      url: 'https://api.example.com' + path,
      success: (res) => {
        if (res.statusCode === 401) {
          wx.navigateTo({ url: '/pages/login/login' })
          return
        }
        resolve(res.data)
      }
    })
  })
}

module.exports = { mustLogin, api }
