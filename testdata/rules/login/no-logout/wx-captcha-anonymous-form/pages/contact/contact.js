Page({
  data: { stamp: 0, picUrl: '' },
  refreshPic() { this.setData({ stamp: Date.now() }) },
  send() {}
})
