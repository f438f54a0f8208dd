Page({
  data: { total: 0, coupon: null },
  onCheckout() {
    const total = this.data.total
    let tip = '本单合计 ' + total + ' 元'
    if (this.data.coupon) {
      tip += '，已用优惠券'
    }
    tip += '，确认后跳转微信支付' + '完成付款'
    tt.showModal({
      title: '确认订单',
      content: tip,
      success: (res) => {
        if (res.confirm) this.pay()
      }
    })
  },
  pay() {
    const hint = '请在微信提现页查看' + '退款'
    tt.showToast({ title: hint, icon: 'none' })
  }
})
