Page({
  data: { total: 0 },
  onCheckout() {
    const channel = this.data.channel
    let tip = '本单合计 ' + this.data.total + ' 元'
    const trace = '微信支付通道：' + channel
    console.log(trace)
    if (channel === '微信支付') {
      this.setData({ legacy: true })
    }
    tt.showModal({ title: '确认订单', content: tip })
    tip = '已切到微信支付'
    this.report(tip)
  },
  report(tip) {
    tip += '（来自微信支付）'
    tt.request({ url: 'https://api.example.com/log', data: { tip } })
  }
})
