Page({
  data: { src: '', playNow: false },
  onLoad() {
    this.setData({ src: 'https://cdn.example.com/c1.mp4' })
  },
  onStart() {
    this.setData({ playNow: true })
  }
})
