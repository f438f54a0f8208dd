// fetchProfile is called from the page's tap handler: reported.
function fetchProfile() {
  return new Promise((resolve) => {
    wx.getUserProfile({ desc: '用于展示会员头像', success: (r) => resolve(r.userInfo) })
  })
}

// legacyAuthorize is exported but nothing calls it: left out.
function legacyAuthorize() {
  return new Promise((resolve, reject) => {
    wx.getUserInfo({ success: resolve, fail: reject })
  })
}

// readUser is called only from oldLogin, which nothing calls: left out.
function readUser() {
  return new Promise((resolve) => wx.getUserInfo({ success: resolve }))
}

function oldLogin() {
  return readUser().then((u) => wx.request({ url: 'https://api.lvye.example.com/login', data: u }))
}

module.exports = { fetchProfile, legacyAuthorize, oldLogin }
