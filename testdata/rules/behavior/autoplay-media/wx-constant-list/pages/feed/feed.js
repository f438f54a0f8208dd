Page({
  data: {
    posts: [
      { kind: 'image', src: 'https://cdn.xiaoyuan.example.com/feed/placeholder.jpg' }
    ]
  },
  onLoad() {
    wx.request({
      url: 'https://api.xiaoyuan.example.com/feed',
      success: (res) => this.setData({ posts: res.data.list })
    })
  }
})
