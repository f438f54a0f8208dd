const app = getApp()

function fetchCode() {
  return new Promise((resolve, reject) => {
    wx.login({
      success: (r) => (r.code ? resolve(r.code) : reject('no code')),
      fail: reject
    })
  })
}

// 已授权时取加密数据，交给服务端换 openId
function fetchSealed() {
  return new Promise((resolve, reject) => {
    wx.getSetting({
      success(s) {
        if (!s.authSetting['scope.userInfo']) {
          reject('not granted')
          return
        }
        wx.getUserInfo({
          success: (res) => {
            resolve(res)
          },
          fail: reject
        })
      }
    })
  })
}

// 回调式：取到加密数据后交给调用方
function withSealed(done) {
  wx.getUserInfo({
    success(res) {
      done(res)
    }
  })
}

function signIn(sealed, code) {
  return new Promise((resolve, reject) => {
    wx.request({
      url: 'https://shop.example.com/api/session',
      method: 'POST',
      data: { code, iv: sealed.iv, encrypted: sealed.encryptedData },
      success: (res) => {
        app.globalData.token = res.data.token
        app.globalData.openId = res.data.openId
        resolve()
      },
      fail: reject
    })
  })
}

function silentSignIn() {
  let code = ''
  return fetchCode()
    .then((c) => {
      code = c
      return fetchSealed()
    })
    .then((sealed) => signIn(sealed, code))
}

module.exports = { silentSignIn, withSealed, signIn }
