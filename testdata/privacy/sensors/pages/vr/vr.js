Page({
  onReady() {
    wx.startDeviceMotionListening({ interval: 'ui' })
    wx.startGyroscope({ interval: 'game' })
  }
})
