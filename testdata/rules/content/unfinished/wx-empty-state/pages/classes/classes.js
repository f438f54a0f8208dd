Page({
  data: { days: [], stores: [], lessons: {}, coaches: [], camps: [], loading: true },
  onLoad() {
    wx.request({
      url: 'https://api.randong.example/lessons',
      success: (res) => {
        this.setData({ days: res.data.days, stores: res.data.stores, lessons: res.data.lessons, coaches: res.data.coaches, camps: res.data.camps, loading: false })
      }
    })
  },
  openStore(e) {
    wx.navigateTo({ url: '/pages/mine/mine?store=' + e.currentTarget.dataset.id })
  }
})
