Page({
  data: { coach: {}, showIntro: false, showReel: false, showTrailer: false, tab: 'intro' },
  onLoad(query) {
    wx.request({
      url: 'https://api.dongdan.example/coach/' + query.id,
      success: (res) => {
        this.setData({ coach: res.data, showTrailer: res.data.videos.length > 0 })
      }
    })
  },
  onTabTap(e) {
    const key = e.currentTarget.dataset.key
    this.setData({ [key]: true, tab: key })
  },
  onReelTap() {
    this.setData({ showReel: true })
  }
})
