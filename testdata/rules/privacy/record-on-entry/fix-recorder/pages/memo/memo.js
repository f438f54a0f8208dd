const recorder = wx.getRecorderManager()

Page({
  onLoad() {
    recorder.start({ format: 'mp3' })
  }
})
