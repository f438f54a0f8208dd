Page({
  data: { showAd: false, showTip: false, showToast: false, loading: false },
  onLoad() {
    this.setData({ showAd: true, loading: true })
    wx.request({
      url: 'https://api.huacun.example.com/flowers',
      complete: () => this.setData({ loading: false })
    })
  },
  onCloseTip() { this.setData({ showTip: false }) }
})
