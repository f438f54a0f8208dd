Page({
  data: { files: [] },
  onUploaded(e) {
    this.setData({ files: e.detail.files })
  }
})
