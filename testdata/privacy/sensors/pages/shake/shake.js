Page({
  startShake() {
    wx.startAccelerometer({ interval: 'game' })
    wx.onAccelerometerChange((res) => {
      if (Math.abs(res.x) > 1.5) this.setData({ shaken: true })
    })
  }
})
