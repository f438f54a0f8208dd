Page({
  data: { videoUrl: '', liveUrl: '' },
  onShow() {
    const ctx = wx.createInnerAudioContext({ useWebAudioImplement: true }); ctx.autoplay = true // 🎵 背景音乐
    ctx.src = 'https://cdn.example.com/bgm.mp3'
  }
})
