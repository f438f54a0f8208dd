Page({
  data: {
    rule: '邀请抖音好友注册可得积分，每位抖音好友只计一次。'
  },
  onShareHelp() {
    tt.showModal({ title: '分享说明', content: '分享给抖音好友，抖音好友下单后你得积分。', showCancel: false })
  }
})
