// Signs in with the Douyin account: a login code, then the profile, which
// opens Douyin's authorization dialog for scope.userInfo.
function signIn(opts) {
  tt.login({
    success: (login) => {
      tt.getUserInfo({
        withCredentials: true,
        success: (info) => opts.success({ code: login.code, profile: info.userInfo }),
        fail: (err) => opts.fail && opts.fail(err)
      })
    }
  })
}

// keeps a session alive: asks the server only, no dialog
function keepAlive() {
  tt.request({ url: 'https://api.example-club.cn/session/ping' })
}

module.exports = { signIn, keepAlive }
