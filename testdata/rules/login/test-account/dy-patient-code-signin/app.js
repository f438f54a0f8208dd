App({
  globalData: { token: '' },
  signIn(done) {
    tt.login({
      success: (res) => {
        tt.request({
          url: 'https://api.kangning.example.com/auth/douyin',
          method: 'POST',
          data: { code: res.code },
          success: (r) => {
            this.globalData.token = r.data.token
            done && done()
          }
        })
      }
    })
  }
})
