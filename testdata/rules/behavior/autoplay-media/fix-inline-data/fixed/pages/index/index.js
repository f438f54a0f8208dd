Page({
  data: { videoUrl: '' },
  onLoad() {
    this.setData({ videoUrl: 'https://cdn.example.com/a.mp4' })
  }
})
