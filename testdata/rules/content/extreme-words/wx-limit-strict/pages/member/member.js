Page({
  data: { deposit: 199 },
  onAmount(e) {
    this.amount = Number(e.detail.value)
  },
  onSubmit() {
    wx.showModal({ title: '提示', content: '最大提现额度 2000 元，请修改金额' })
  }
})
