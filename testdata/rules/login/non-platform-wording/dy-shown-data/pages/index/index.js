Page({
  data: {
    nickname: '微信用户',
    tips: '',
    agreement: '',
    // kept for the server, never shown
    channelNote: '来自微信小程序'
  },
  onLoad() {
    this.setData({
      agreement: '\n\
一、本协议适用于“鲜果派”微信小程序。\n\
二、会员费用通过微信支付方式缴纳。\n'
    })
    tt.request({ url: 'https://api.example.com/log', data: { note: this.data.channelNote } })
  },
  onCheck() {
    tt.showModal({ title: '提示', content: '当前微信版本过低，请升级后再试', showCancel: false })
  },
  onCopy() {
    tt.setClipboardData({ data: 'xianguo01', success: () => tt.showToast({ title: '微信号已复制' }) })
  }
})
