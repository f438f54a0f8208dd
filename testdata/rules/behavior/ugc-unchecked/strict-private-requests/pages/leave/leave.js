// A leave request: the reason goes to the foreman for approval.
Page({
  data: { from: '', to: '', reason: '' },
  onFrom(e) { this.setData({ from: e.detail.value }) },
  onTo(e) { this.setData({ to: e.detail.value }) },
  onReason(e) { this.setData({ reason: e.detail.value }) },
  onSubmit() {
    wx.request({
      url: 'https://api.example.com/oa/leave/apply',
      method: 'POST',
      data: { from: this.data.from, to: this.data.to, reason: this.data.reason },
      success: () => wx.showToast({ title: '已提交' })
    })
  }
})
