Page({
  data: { photos: [] },
  choose() {
    tt.chooseImage({ count: 3, success: res => this.setData({ photos: res.tempFilePaths }) })
  },
  send() {
    this.data.photos.forEach(p => {
      tt.uploadFile({
        url: 'http://192.168.3.27:8090/upload',
        filePath: p,
        name: 'file'
      })
    })
  }
})
