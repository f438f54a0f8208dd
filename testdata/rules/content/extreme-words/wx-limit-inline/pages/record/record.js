Page({
  data: { recording: false, maxSeconds: 60 },
  onStart() {
    this.setData({ recording: true })
  }
})
