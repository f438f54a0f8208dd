Page({
  data: {
    lesson: {},
    cover: '',
    showPlayer: false,
    rows: []
  },
  onLoad(query) {
    wx.request({
      url: 'https://api.dongdan.example/lesson/' + query.id,
      success: (res) => {
        this.setData({
          lesson: res.data,
          cover: res.data.pictures[0],
          'share.title': res.data.names[0]
        })
      }
    })
  },
  onOpenPlayer() {
    wx.showLoading({ title: '加载中' })
    this.setData({ showPlayer: true })
  },
  onClosePlayer() {
    this.setData({ showPlayer: false })
  },
  onPlaying() {
    wx.hideLoading()
  }
})
