// The same settings page, but the walking team lists every member's
// nickname to the others: the nickname is published, and the finding
// names it alone — the picture's temp path in the request uploads no
// image.
Page({
  data: { nick_name: '', phone: '', pics: [], face: '' },
  onPickFace() {
    tt.chooseImage({
      count: 1,
      success: (res) => this.setData({ pics: res.tempFilePaths, face: res.tempFilePaths[0] })
    })
  },
  onSubmit(e) {
    this.setData({ nick_name: e.detail.value.nick_name, phone: e.detail.value.phone })
    this.save()
  },
  save() {
    tt.request({
      url: 'https://api.example.com/owner/update',
      method: 'POST',
      data: { face_url: this.data.pics[0], nick_name: this.data.nick_name, phone: this.data.phone }
    })
  }
})
