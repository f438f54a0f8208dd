Page({
  data: {
    nickname: '抖音用户',
    // sent to the server only, no template shows it
    source: '微信小程序'
  },
  onLogin() {}
})
