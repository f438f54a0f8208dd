Page({
  data: {
    liveUrl: ''
  },
  onLoad() {
    this.loadLive()
  },
  // called on load: the stream starts by itself
  loadLive() {
    this.setData({ liveUrl: 'https://live.example.com/room/8.m3u8' })
  }
})
