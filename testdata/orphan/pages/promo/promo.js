Page({
  onLoad() {
    wx.request({ url: 'http://api.guoyuan.example.com/promo', success: (res) => this.setData({ list: res.data }) })
  }
})
