const bgm = wx.createInnerAudioContext()
bgm.autoplay = true
bgm.src = 'https://cdn.example.com/bgm.mp3'

Page({
  onLoad() {
    this.voice = wx.createInnerAudioContext()
    this.voice.src = 'https://cdn.example.com/welcome.mp3'
    this.voice.play()
    const bg = wx.getBackgroundAudioManager()
    bg.title = '晨读'
    bg.src = 'https://cdn.example.com/morning.mp3'
  },
  onTapPlay() {
    const a = wx.createInnerAudioContext()
    a.autoplay = true
    a.src = 'https://cdn.example.com/lesson.mp3'
    a.play()
  }
})
