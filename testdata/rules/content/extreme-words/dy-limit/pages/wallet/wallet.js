Page({
  data: {
    balance: '0.00',
    withdrawLimit: 500,
    card: { deposit: 0 },
    tip: '4. 每笔最小提现金额 10 元，到账时间以银行为准',
    slogan: '本季最火爆，最大优惠等你来'
  },
  onWithdraw() {
    tt.showToast({ title: '申请已提交', icon: 'none' })
  }
})
