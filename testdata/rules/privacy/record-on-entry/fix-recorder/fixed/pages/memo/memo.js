const recorder = wx.getRecorderManager()

Page({
  onLoad() {
    wx.showModal({
      title: '授权提示',
      content: '需要使用你的麦克风，用于录制语音消息。',
      success: (res) => {
        if (res.confirm) {
          recorder.start({ format: 'mp3' })
        }
      }
    })
  }
})
