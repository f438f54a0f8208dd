Page({
  data: { videoUrl: '', autoplay: true },
  onLoad() {
    this.setData({ videoUrl: 'https://cdn.example.com/a.mp4', autoplay: true })
  }
})
