Page({
  data: {
    videoUrl: '',
    showIntro: false
  },
  onLoad() {
    this.setData({ title: '晨间瑜伽' })
  },
  // the lesson plays once the user taps the cover: autoplay starts what they asked for
  onPlayTap() {
    this.setData({ videoUrl: 'https://cdn.example.com/lesson-1.mp4' })
  },
  onIntroTap() {
    this.setData({ showIntro: true })
  }
})
