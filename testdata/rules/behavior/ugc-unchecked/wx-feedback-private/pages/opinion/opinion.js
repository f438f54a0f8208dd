const { post } = require('../../utils/api')

Page({
  onSubmit(e) {
    post('/api/v1/tickets', { detail: e.detail.value.detail }).then(() => {
      wx.showToast({ title: '提交成功' })
    })
  }
})
