Page({
  data: { title: '', blurb: '', cover: '' },
  onTitle(e) {
    this.setData({ title: e.detail.value })
  },
  onBlurb(e) {
    this.setData({ blurb: e.detail.value })
  },
  onCover(e) {
    this.setData({ cover: e.detail.value })
  },
  submit() {
    wx.request({
      url: 'https://library.example.com/api/books',
      method: 'POST',
      data: { title: this.data.title, blurb: this.data.blurb, cover: this.data.cover },
      success: () => wx.navigateBack()
    })
  }
})
