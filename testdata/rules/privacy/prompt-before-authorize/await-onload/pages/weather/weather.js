const { fetchWeather } = require('../../utils/api')

Page({
  data: { city: '定位中', temp: '--' },
  async onLoad() {
    const { latitude, longitude } = await wx.getFuzzyLocation({ type: 'wgs84' })
    const w = await fetchWeather(latitude, longitude)
    this.setData({ city: w.city, temp: w.temp })
  }
})
