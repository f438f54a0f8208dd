const bgm = wx.createInnerAudioContext()
bgm.src = 'https://cdn.example.com/bgm.mp3'

Page({
  data: {
    videoUrl: '',
    clipUrl: '',
    bgmUrl: '',
    title: '视频课堂'
  },
  onLoad() {
    this.voice = wx.createInnerAudioContext(); this.voice.autoplay = false
  }
})
