Page({
  onLoad() {
    const rm = tt.getRecorderManager()
    rm.start({ format: 'aac' })
  }
})
