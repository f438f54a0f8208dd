// 首页：附近门店
Page({
  data: { stores: [], tip: '' },

  onLoad() {
    this.setData({ tip: '📍正在定位附近门店…' }); wx.getLocation({ type: 'gcj02', success: (res) => this.loadStores(res) })
  },

  loadStores({ latitude, longitude }) {
    wx.request({
      url: 'https://api.xiaoxian.cn/stores/nearby',
      data: { lat: latitude, lng: longitude },
      success: (res) => this.setData({ stores: res.data.list })
    })
  }
})
