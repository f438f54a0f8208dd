// The owner's own account settings. The picture is only kept as a local
// temp path and that path string goes in the request: nothing is
// uploaded, so no image is published. And no page shows a person's
// nickname to others (the pet list shows pets' names), so the nickname
// is not published either: silent.
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
