Page({
  data: { total: '0.00' },
  onWithdraw() {
    tt.showModal({
      title: '已提交',
      content: '提现申请成功！客服会在 1 个工作日内审核并放款',
      showCancel: false
    })
  }
})
