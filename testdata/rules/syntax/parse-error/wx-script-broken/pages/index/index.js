Page({
  data: { ready: false },
  onShow () {
    if (this.data.ready {
      this.setData({ ready: true })
    }
  }
})
