const { post } = require('../../utils/api')

Page({
  data: { ideas: [], text: '' },
  onText(e) {
    this.setData({ text: e.detail.value })
  },
  publish() {
    post('/suggestion/publish', { text: this.data.text }).then(() => {
      wx.showToast({ title: '发布成功' })
    })
  }
})
