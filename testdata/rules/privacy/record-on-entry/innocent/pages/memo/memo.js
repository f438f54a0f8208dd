const recorder = wx.getRecorderManager()

Page({
  onLoad() {
    recorder.onStop((res) => this.setData({ file: res.tempFilePath }))
  },
  onRecordTap() {
    recorder.start({ format: 'mp3' })
  },
  onReady() {
    wx.showModal({
      title: '麦克风',
      content: '需要使用你的麦克风，用于录制语音备忘',
      success: (res) => {
        if (res.confirm) recorder.start({ format: 'mp3' })
      }
    })
  },
  onUnload() {
    recorder.stop()
  }
})
