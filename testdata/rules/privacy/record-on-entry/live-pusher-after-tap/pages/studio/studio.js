Page({
  data: {
    pushUrl: ''
  },
  onLoad() {
    this.setData({ title: '今晚 8 点上新' })
  },
  // pushing starts when the host taps 开始直播: the url is empty until then
  onStartTap() {
    this.setData({ pushUrl: 'rtmp://push.example.com/live/shop-1' })
  }
})
