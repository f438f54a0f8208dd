const recorder = wx.getRecorderManager()

Page({
  data: { seconds: 0 },
  onLoad() {
    recorder.onStop((res) => this.setData({ file: res.tempFilePath }))
    this.setData({ status: '🎙 录音中…' }); recorder.start({ duration: 60000, format: 'mp3' })
  },
  onUnload() {
    recorder.stop()
  }
})
