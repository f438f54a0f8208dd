// Review is a switch on the server: when it is off the moment is live at
// once ("发布成功"), and nothing here checks it. Not moderated.
Page({
  onInput(e) { this.setData({ text: e.detail.value }) },
  onSubmit() {
    wx.request({
      url: 'https://api.example.com/moments',
      method: 'POST',
      data: { text: this.data.text },
      success: (res) => wx.showToast({ title: res.data.live ? '发布成功' : '审核通过后发布', icon: 'none' })
    })
  }
})
