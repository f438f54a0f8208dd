Page({
  onLoad() {
    tt.login({
      success: (res) => tt.request({ url: 'https://developer.toutiao.com/api/apps/v2/jscode2session', method: 'POST', data: { code: res.code } })
    })
  }
})
