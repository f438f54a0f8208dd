let account = {
  login(done) {
    my.getAuthCode({
      scopes: 'auth_user',
      success: res => done(res.authCode),
      fail: () => {
        my.confirm({
          content: '授权后才能下单哦',
          confirmButtonText: '继续授权',
          cancelButtonText: '取消',
          // 旧版本留下的调用：account 上没有 askAgainAuth，点哪个按钮都会报错
          success: () => { account.askAgainAuth(done) }
        })
      }
    })
  }
}
export { account }
