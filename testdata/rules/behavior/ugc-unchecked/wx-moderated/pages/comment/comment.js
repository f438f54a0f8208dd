// The server screens comments: it answers 87014 (risky content) and the
// page tells the user so.
Page({
  onInput(e) { this.setData({ text: e.detail.value }) },
  onSubmit() {
    wx.request({
      url: 'https://api.example.com/comments',
      method: 'POST',
      data: { text: this.data.text },
      success: (res) => {
        if (res.data.errcode === 87014) {
          wx.showToast({ title: '内容含有违规信息，请修改', icon: 'none' })
        }
      }
    })
  }
})
