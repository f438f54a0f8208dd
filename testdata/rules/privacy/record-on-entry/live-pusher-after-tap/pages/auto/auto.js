Page({
  data: {
    pushUrl: ''
  },
  onShow() {
    this.setData({ pushUrl: 'rtmp://push.example.com/live/shop-2' })
  }
})
