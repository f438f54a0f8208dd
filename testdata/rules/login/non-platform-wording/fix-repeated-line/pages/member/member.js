Page({
  data: {
    rule: '邀请微信好友注册可得积分，每位微信好友只计一次。'
  },
  onShareHelp() {
    tt.showModal({ title: '分享说明', content: '分享给微信好友，微信好友下单后你得积分。', showCancel: false })
  }
})
