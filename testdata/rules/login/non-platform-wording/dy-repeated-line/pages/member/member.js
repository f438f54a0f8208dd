Page({
  data: {
    rule: '邀请微信好友注册可得积分，每位微信好友只计一次。',
    level: '普通会员'
  },
  onShow() {
    this.setData({ level: '银卡会员' })
  },
  onBindHelp() {
    tt.showModal({ title: '绑定说明', content: '填写微信号后积分自动同步；没有微信号的读者请到门店登记。', showCancel: false })
  }
})
