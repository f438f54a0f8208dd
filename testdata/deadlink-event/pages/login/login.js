Page({
  onLoad() {
    this.setData({ agreed: false })
  },
  // 一键登录：抖音账号授权
  quickLogin() {
    tt.login({
      success: (res) => {
        tt.request({ url: 'https://api.xiaolu.example.com/login', method: 'POST', data: { code: res.code } })
      }
    })
  },
  // 短信登录入口改版后去掉了，方法还留着
  onMobileLogin() {
    tt.navigateTo({ url: '/pages/sms-login/sms-login' })
  },
  // 再次点“我的”标签时看公告
  onTabItemTap() {
    tt.navigateTo({ url: '/pages/notice/notice' })
  },
  onShareAppMessage() {
    return { title: '小鹿兼职', path: '/pages/index/index' }
  }
})
