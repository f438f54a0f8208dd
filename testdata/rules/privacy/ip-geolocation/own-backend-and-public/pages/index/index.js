const BASE = 'https://api.xiaoxian.cn'

Page({
  onLoad() {
    wx.request({ url: `${BASE}/api/common/ip-location`, success: (r) => this.setData({ city: r.data.city }) })
    wx.request({ url: BASE + '/api/common/getCityByIp' })
    wx.request({ url: 'http://ip-api.com/json/?lang=zh-CN' })
    wx.request({ url: 'https://pv.sohu.com/cityjson?ie=utf-8' })
  }
})
